package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** English number words, scale words and fraction denominators ("fifths", "quarter") with their values. */
final class NumberWords {
    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** Scale words that multiply what precedes them. */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("hundred", new BigDecimal("100")), Map.entry("thousand", new BigDecimal("1000")),
            Map.entry("million", new BigDecimal("1000000")), Map.entry("billion", new BigDecimal("1000000000")),
            Map.entry("trillion", new BigDecimal("1000000000000")), Map.entry("mln", new BigDecimal("1000000")),
            Map.entry("mn", new BigDecimal("1000000")), Map.entry("bn", new BigDecimal("1000000000")),
            Map.entry("bln", new BigDecimal("1000000000")), Map.entry("tn", new BigDecimal("1000000000000")),
            Map.entry("trn", new BigDecimal("1000000000000")), Map.entry("lakh", new BigDecimal("100000")),
            Map.entry("lakhs", new BigDecimal("100000")), Map.entry("lac", new BigDecimal("100000")),
            Map.entry("crore", new BigDecimal("10000000")), Map.entry("crores", new BigDecimal("10000000")),
            Map.entry("hundreds", new BigDecimal("100")), Map.entry("thousands", new BigDecimal("1000")),
            Map.entry("millions", new BigDecimal("1000000")), Map.entry("billions", new BigDecimal("1000000000")),
            Map.entry("trillions", new BigDecimal("1000000000000")));

    /** Ordinals that name a fraction's denominator ("three fifths", "a quarter"), singular or plural. */
    private static final Map<String, Integer> UNIT_ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9));
    private static final Map<String, Integer> OTHER_ORDINALS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90));
    private static final Map<String, BigDecimal> SCALE_ORDINALS = Map.ofEntries(
            Map.entry("hundredth", new BigDecimal("100")), Map.entry("thousandth", new BigDecimal("1000")),
            Map.entry("millionth", new BigDecimal("1000000")), Map.entry("billionth", new BigDecimal("1000000000")),
            Map.entry("trillionth", new BigDecimal("1000000000000")));

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
            if (tens != null && ones != null && isTens(tens) && ones > 0 && ones < 10) {
                return BigDecimal.valueOf(tens + ones);
            }
        }
        return null;
    }

    static boolean isTens(int v) {
        return v >= 20 && v % 10 == 0 && v < 100;
    }

    /** A scale word's multiplier ("million" → 10^6), or null; plural scales only when {@code plural}. */
    static BigDecimal scale(String word, boolean allowPlural) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!allowPlural && w.endsWith("s") && !w.equals("mns") && !w.equals("lakhs") && !w.equals("crores")) {
            return null;
        }
        return SCALES.get(w);
    }

    /** The plural-stripped form of a fraction word ("fifths" → "fifth", "halves" → "halves"). */
    private static String singular(String w) {
        if (w.endsWith("ths") || w.endsWith("rds") || w.endsWith("nds") || w.endsWith("sts")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The denominator of a unit ordinal ("fifth(s)" → 5, "first(s)" → 1), or 0. */
    static int unitOrdinal(String word) {
        return UNIT_ORDINALS.getOrDefault(singular(word.toLowerCase(Locale.ROOT)), 0);
    }

    /**
     * The denominator named by a fraction word: "half" 2, "thirds" 3, "quarter" 4, "fifths" 5, "twentieth" 20,
     * "hundredths" 100, "twenty-first" 21; null when it is none. "second(s)" and "first(s)" are left out: alone they
     * are time units and ordinals far more often than denominators.
     */
    static BigDecimal denominator(String word) {
        String w = singular(word.toLowerCase(Locale.ROOT));
        Integer v = OTHER_ORDINALS.get(w);
        if (v == null) v = OTHER_ORDINALS.get(word.toLowerCase(Locale.ROOT));
        if (v != null) return BigDecimal.valueOf(v);
        Integer u = UNIT_ORDINALS.get(w);
        if (u != null && u > 2) return BigDecimal.valueOf(u);
        BigDecimal s = SCALE_ORDINALS.get(w);
        if (s != null) return s;
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer ones = UNIT_ORDINALS.get(w.substring(dash + 1));
            if (tens != null && ones != null && isTens(tens)) return BigDecimal.valueOf(tens + ones);
        }
        return null;
    }

    /** Whether {@code word} is a scale ordinal ("hundredth", "trillionths"). */
    static boolean isScaleOrdinal(String word) {
        return SCALE_ORDINALS.containsKey(singular(word.toLowerCase(Locale.ROOT)));
    }

    /** Digits spoken after "point": "three" → "3", "eleven" → "11", "oh" → "0"; null when not a digit word. */
    static String decimalDigits(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("oh") || w.equals("o")) return "0";
        BigDecimal v = wordValue(w);
        return v == null || v.intValue() >= 100 ? null : v.toPlainString();
    }
}
