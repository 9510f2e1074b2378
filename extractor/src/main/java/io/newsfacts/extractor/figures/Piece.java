package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A token, or a part of one that glues a number to a unit or to another number ("six-day" → six, day;
 * "150-200ml" → 150, -, 200, ml; "100元" → 100, 元; "USD115" → USD, 115): the unit the number grammar reads.
 * Offsets are character offsets into the article text; {@code token} is the index of the token it comes from,
 * {@code lastToken} the index of its last token (the next one when the tokenizer split a number from its scale:
 * "5.5" "m").
 */
record Piece(String text, String lower, int start, int end, int token, int lastToken, boolean tokenStart,
        boolean tokenEnd) {
    /** Suffixes that may be glued to digits and are split off ("200ml", "2L", "37℃"). */
    private static final Set<String> GLUED_UNITS = Set.of("ml", "l", "km", "kg", "cm", "mm", "mg", "ha", "kw",
            "kwh", "mw", "gw", "℃", "°c", "°f", "pc", "mph", "ft", "sq", "tons", "t", "g", "gb", "mb", "tb");

    /** Words that may follow a number inside a hyphenated adjective ("2.5-hour-long", "a 500-metre-high tower"). */
    static final Set<String> COMPOUND_TAILS = Set.of("long", "high", "tall", "deep", "wide", "thick", "old",
            "strong", "plus", "odd", "square", "cubic", "square-metre", "storey", "story", "member", "person",
            "man", "kilometre", "meter");

    /** The pieces of a sentence, in order. */
    static List<Piece> of(Sentence s) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            Token next = s.token(i + 1);
            String scale = next == null ? "" : next.word().endsWith(".") && next.word().length() == 2
                    ? next.word().substring(0, 1) : next.word(); // "£5.5m." at a sentence end: "m."
            if (next != null && next.start() == t.end() && GLUED_SCALES.contains(scale)
                    && DECIMAL.matcher(t.word()).matches()) {
                // the tokenizer splits "£5.5m" and "£1,152m" from their "m" (but keeps "£67m"): one piece, as
                // "67m" is
                String text = t.word() + scale;
                out.add(new Piece(text, text.toLowerCase(Locale.ROOT), t.start(), next.start() + scale.length(),
                        t.index(), next.index(), true, true));
                i++;
                continue;
            }
            split(t, out);
        }
        return out;
    }

    /** Scale letters the tokenizer splits off a decimal or grouped number ("5.5m", "1,152m", "2.5k"). */
    private static final Set<String> GLUED_SCALES = Set.of("m", "k");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private static void split(Token t, List<Piece> out) {
        String w = t.word();
        List<int[]> parts = new ArrayList<>();
        if (w.length() > 1 && w.indexOf('-', 1) > 0 && w.charAt(w.length() - 1) != '-' && startsNumeric(w)
                && !isDigitTriple(w)) {
            int from = 0;
            for (int i = 1; i < w.length(); i++) {
                if (w.charAt(i) == '-' && i > from) {
                    glued(w, from, i, parts);
                    parts.add(new int[] {i, i + 1});
                    from = i + 1;
                }
            }
            glued(w, from, w.length(), parts);
        } else {
            glued(w, 0, w.length(), parts);
        }
        for (int k = 0; k < parts.size(); k++) {
            int[] p = parts.get(k);
            String text = w.substring(p[0], p[1]);
            out.add(new Piece(text, text.toLowerCase(Locale.ROOT), t.start() + p[0], t.start() + p[1], t.index(),
                    t.index(), k == 0, k == parts.size() - 1));
        }
    }

    /** "2020-07-26", "1-222-2222": three or more digit groups joined by hyphens are a date or a code. */
    private static boolean isDigitTriple(String w) {
        String[] parts = w.split("-", -1);
        if (parts.length < 3) return false;
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) return false;
        }
        return true;
    }

    /** Whether a hyphenated token starts with a number ("six-day", "10-20", "one-eighth"), so is split. */
    private static boolean startsNumeric(String w) {
        int dash = w.indexOf('-', 1);
        String first = w.substring(0, dash);
        if (Character.isDigit(first.charAt(0)) || first.charAt(0) == '.') {
            for (int i = 0; i < first.length(); i++) {
                char c = first.charAt(i);
                if (!(Character.isDigit(c) || c == ',' || c == '.')) return false;
            }
            return true;
        }
        if (NumberWords.wordValue(first) == null && !first.equalsIgnoreCase("half") && !first.equalsIgnoreCase("a")) {
            return false;
        }
        // "twenty-five" is one number word, "twenty-third" an ordinal; "one-eighth", "six-day", "three-time" are split
        String rest = w.substring(dash + 1);
        BigDecimal tens = NumberWords.wordValue(first);
        if (tens != null && NumberWords.isTens(tens.intValue()) && NumberWords.unitOrdinal(rest) > 0) return false;
        return NumberWords.wordValue(w) == null;
    }

    /** Splits w[from, to) into digits and a glued unit or currency ("100元", "200ml", "USD115"), else one part. */
    private static void glued(String w, int from, int to, List<int[]> parts) {
        String s = w.substring(from, to);
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == '.')) i++;
        if (i > 0 && i < s.length() && Character.isDigit(s.charAt(0))) {
            String suffix = s.substring(i);
            String code = suffix.toUpperCase(Locale.ROOT);
            if (GLUED_UNITS.contains(suffix.toLowerCase(Locale.ROOT)) && !suffix.equals("G") && !suffix.equals("T")
                    || suffix.equals("p")
                    || Currencies.suffixSymbol(suffix) != null
                    || Currencies.CODES.contains(code) && suffix.equals(code)) {
                parts.add(new int[] {from, from + i});
                parts.add(new int[] {from + i, to});
                return;
            }
        }
        // "USD115", "USD115.5": a code glued before the number
        if (s.length() > 3 && Currencies.CODES.contains(s.substring(0, 3)) && Character.isDigit(s.charAt(3))) {
            boolean digits = true;
            for (int k = 3; k < s.length() && digits; k++) {
                char c = s.charAt(k);
                digits = Character.isDigit(c) || c == ',' || c == '.';
            }
            if (digits) {
                parts.add(new int[] {from, from + 3});
                parts.add(new int[] {from + 3, to});
                return;
            }
        }
        parts.add(new int[] {from, to});
    }
}
