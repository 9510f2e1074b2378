package io.newsfacts.extractor.time;

import java.util.Locale;
import java.util.Map;

/** English month names and abbreviations. */
public final class Months {
    /** A regex alternation of month names, longest first. */
    public static final String ALTERNATION = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Months() {
    }

    /** The month's number 1..12, or 0 when {@code word} is not a month. */
    public static int number(String word) {
        return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** Full month names only (abbreviations like "May"/"Mar" are ambiguous without context). */
    public static boolean isFullName(String word) {
        int n = number(word);
        return n > 0 && word.length() >= 3 && Character.isUpperCase(word.charAt(0))
                && (word.length() > 4 || word.equalsIgnoreCase("may") || word.equalsIgnoreCase("june")
                        || word.equalsIgnoreCase("july"));
    }
}
