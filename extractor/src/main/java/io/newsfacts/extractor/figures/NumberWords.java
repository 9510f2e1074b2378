package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** English number words and scale words with their values. */
final class NumberWords {
    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** Scale words that multiply what precedes them. */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("hundred", new BigDecimal("100")), Map.entry("thousand", new BigDecimal("1000")),
            Map.entry("million", new BigDecimal("1000000")), Map.entry("billion", new BigDecimal("1000000000")),
            Map.entry("trillion", new BigDecimal("1000000000000")), Map.entry("mln", new BigDecimal("1000000")),
            Map.entry("mn", new BigDecimal("1000000")), Map.entry("bn", new BigDecimal("1000000000")),
            Map.entry("bln", new BigDecimal("1000000000")), Map.entry("tn", new BigDecimal("1000000000000")),
            Map.entry("trn", new BigDecimal("1000000000000")), Map.entry("hundreds", new BigDecimal("100")),
            Map.entry("thousands", new BigDecimal("1000")), Map.entry("millions", new BigDecimal("1000000")),
            Map.entry("billions", new BigDecimal("1000000000")));

    private NumberWords() {
    }

    /** The value of a number word or hyphenated compound ("twenty-five"), or null. */
    static BigDecimal wordValue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer v = SMALL.get(w);
        if (v != null) return BigDecimal.valueOf(v);
        if (w.equals("dozen")) return BigDecimal.valueOf(12);
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer ones = SMALL.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) {
                return BigDecimal.valueOf(tens + ones);
            }
        }
        return null;
    }

    /** A scale word's multiplier ("million" → 10^6), or null; plural scales only when {@code plural}. */
    static BigDecimal scale(String word, boolean allowPlural) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!allowPlural && (w.endsWith("s") && !w.equals("mns"))) {
            return null;
        }
        return SCALES.get(w);
    }
}
