package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * Parses one token written with digits: "262,000", "41.1", "1021", "5bn", "20m", "-4", "1e10", "3/4", "2 1/4",
 * "¾", Indian grouping "12,34,567.89". Thousands separators must group by three (or, Indian style, by two before
 * a final three); "3,2016" is malformed (its value is ambiguous), never silently 32016. Hand-written scanner: no
 * locale, no regular expressions.
 */
record DigitNumber(BigDecimal value, boolean malformed, boolean grouped, boolean integer, String suffix,
        boolean fraction) {
    /** Division precision for fractions ("1/3"). */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Unicode vulgar fractions with their numerator and denominator. */
    private static final Map<Character, int[]> VULGAR = Map.ofEntries(
            Map.entry('½', new int[] {1, 2}), Map.entry('⅓', new int[] {1, 3}), Map.entry('⅔', new int[] {2, 3}),
            Map.entry('¼', new int[] {1, 4}), Map.entry('¾', new int[] {3, 4}), Map.entry('⅕', new int[] {1, 5}),
            Map.entry('⅖', new int[] {2, 5}), Map.entry('⅗', new int[] {3, 5}), Map.entry('⅘', new int[] {4, 5}),
            Map.entry('⅙', new int[] {1, 6}), Map.entry('⅚', new int[] {5, 6}), Map.entry('⅐', new int[] {1, 7}),
            Map.entry('⅛', new int[] {1, 8}), Map.entry('⅜', new int[] {3, 8}), Map.entry('⅝', new int[] {5, 8}),
            Map.entry('⅞', new int[] {7, 8}), Map.entry('⅑', new int[] {1, 9}), Map.entry('⅒', new int[] {1, 10}));

    private static final int MAX_LENGTH = 40;

    /** The parse of {@code token}, or null when it is not a number written in digits. */
    static DigitNumber parse(String token) {
        if (token.isEmpty()) return null;
        if (token.length() > MAX_LENGTH) {
            return token.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',' || c == '.')
                    ? new DigitNumber(null, true, false, false, null, false) : null;
        }
        String t = token;
        boolean negative = false;
        if (t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '−') && isDigitOrDot(t.charAt(1))) {
            negative = true;
            t = t.substring(1);
        }
        DigitNumber d = unsigned(t);
        if (d == null || !negative || d.value == null) return d;
        return new DigitNumber(d.value.negate(), d.malformed, d.grouped, d.integer, d.suffix, d.fraction);
    }

    private static DigitNumber unsigned(String t) {
        // a vulgar fraction, alone or after a whole number ("2½")
        char lastChar = t.charAt(t.length() - 1);
        int[] vf = VULGAR.get(lastChar);
        if (vf != null) {
            BigDecimal f = BigDecimal.valueOf(vf[0]).divide(BigDecimal.valueOf(vf[1]), PRECISION);
            if (t.length() == 1) return new DigitNumber(f, false, false, false, null, true);
            BigDecimal whole = plain(t.substring(0, t.length() - 1));
            return whole == null ? null : new DigitNumber(whole.add(f), false, false, false, null, true);
        }
        // "3/4", "2 1/4" (CoreNLP keeps a mixed number in one token)
        int slash = t.indexOf('/');
        if (slash > 0) return slashFraction(t, slash);
        BigDecimal p = plain(t);
        if (p != null) return new DigitNumber(p, false, false, t.indexOf('.') < 0, null, false);
        BigDecimal spaced = spaceGrouped(t);
        if (spaced != null) return new DigitNumber(spaced, false, true, t.indexOf('.') < 0, null, false);
        Grouping g = grouping(t);
        if (g == Grouping.VALID) {
            return new DigitNumber(new BigDecimal(t.replace(",", "")), false, true, t.indexOf('.') < 0, null, false);
        }
        if (g == Grouping.BROKEN) return new DigitNumber(null, true, false, false, null, false);
        DigitNumber sci = scientific(t);
        if (sci != null) return sci;
        return suffixed(t);
    }

    private static boolean isDigitOrDot(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "123", "1.5", ".5" as a number, else null. */
    static BigDecimal plain(String t) {
        if (t.isEmpty()) return null;
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
            } else if (isDigit(c)) {
                digits++;
            } else {
                return null;
            }
        }
        if (dots > 1 || digits == 0 || t.charAt(t.length() - 1) == '.') return null;
        return new BigDecimal(t);
    }

    /**
     * "1 234 567.89" with no-break or thin spaces between groups of three (CoreNLP keeps such a number in one
     * token); ordinary spaces separate numbers and never reach here.
     */
    private static BigDecimal spaceGrouped(String t) {
        if (t.indexOf('\u00a0') < 0 && t.indexOf('\u2009') < 0 && t.indexOf('\u202f') < 0) return null;
        String[] groups = SPACES.split(t, -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) return null;
        for (int i = 0; i < groups.length; i++) {
            String g = i == groups.length - 1 && groups[i].indexOf('.') > 0
                    ? groups[i].substring(0, groups[i].indexOf('.')) : groups[i];
            if (g.isEmpty() || !g.chars().allMatch(c -> c >= '0' && c <= '9') || i > 0 && g.length() != 3) return null;
        }
        return plain(String.join("", groups));
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\u00a0\u2009\u202f]");

    private enum Grouping { VALID, BROKEN, NONE }

    /**
     * Digit groups separated by commas, with an optional decimal part: VALID when every group after the first has
     * three digits (or, Indian style, two-digit groups before a final three-digit group, "12,34,567"); BROKEN when
     * the groups are digits but not so ("3,2016", "12,34"); NONE when it is not a comma-grouped number.
     */
    private static Grouping grouping(String t) {
        int dot = t.indexOf('.');
        String intPart = dot < 0 ? t : t.substring(0, dot);
        if (dot >= 0 && plain("0" + t.substring(dot)) == null) return Grouping.NONE;
        if (intPart.indexOf(',') < 0) return Grouping.NONE;
        String[] groups = intPart.split(",", -1);
        for (String g : groups) {
            if (g.isEmpty() || !g.chars().allMatch(c -> c >= '0' && c <= '9')) return Grouping.NONE;
        }
        int n = groups.length;
        if (groups[0].length() > 3) return Grouping.BROKEN;
        boolean western = true;
        for (int i = 1; i < n; i++) {
            western &= groups[i].length() == 3;
        }
        if (western) return Grouping.VALID;
        // Indian: first group 1-2 digits, then groups of two, the last of three ("12,34,567", "1,00,000")
        boolean indian = n >= 3 && groups[0].length() <= 2 && groups[n - 1].length() == 3;
        for (int i = 1; i < n - 1 && indian; i++) {
            indian = groups[i].length() == 2;
        }
        return indian ? Grouping.VALID : Grouping.BROKEN;
    }

    private static DigitNumber slashFraction(String t, int slash) {
        String left = t.substring(0, slash);
        String right = t.substring(slash + 1);
        BigDecimal whole = BigDecimal.ZERO;
        int space = left.lastIndexOf(' ');
        if (space > 0) {
            whole = plain(left.substring(0, space).trim());
            left = left.substring(space + 1);
            if (whole == null || whole.scale() > 0) return null;
        }
        BigDecimal num = plain(left);
        BigDecimal den = plain(right);
        if (num == null || den == null || num.scale() > 0 || den.scale() > 0 || den.signum() == 0) return null;
        if (!isFraction(num, den)) return null;
        return new DigitNumber(whole.add(num.divide(den, PRECISION)), false, false, false, null, true);
    }

    /**
     * Whether num/den reads as a fraction rather than a date or a code ("12/25", "9/11", "24/7"): a proper fraction
     * with a denominator people write fractions with.
     */
    static boolean isFraction(BigDecimal num, BigDecimal den) {
        int d = den.intValue();
        boolean usual = d >= 2 && d <= 10 || d == 12 || d == 16 || d == 32 || d == 64 || d == 100;
        return usual && num.compareTo(den) < 0 && num.signum() > 0;
    }

    /** "1e10", "6.23E-4". */
    private static DigitNumber scientific(String t) {
        int e = t.indexOf('e');
        if (e < 0) e = t.indexOf('E');
        if (e <= 0 || e == t.length() - 1) return null;
        BigDecimal mantissa = plain(t.substring(0, e));
        String exp = t.substring(e + 1);
        int sign = 1;
        if (exp.charAt(0) == '-' || exp.charAt(0) == '+') {
            sign = exp.charAt(0) == '-' ? -1 : 1;
            exp = exp.substring(1);
        }
        if (mantissa == null || exp.isEmpty() || exp.length() > 3 || !exp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new DigitNumber(mantissa.scaleByPowerOfTen(sign * Integer.parseInt(exp)), false, false, false, null,
                false);
    }

    /** "5bn", "20m", "100k", "3.5mln". */
    private static DigitNumber suffixed(String t) {
        int i = 0;
        while (i < t.length() && (isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) i++;
        if (i == 0 || i == t.length()) return null;
        String num = t.substring(0, i);
        String s = t.substring(i).toLowerCase(Locale.ROOT);
        BigDecimal mult = switch (s) {
            case "k" -> new BigDecimal("1000");
            case "m", "mn", "mln" -> new BigDecimal("1000000");
            case "b", "bn", "bln" -> new BigDecimal("1000000000");
            case "tn", "trn" -> new BigDecimal("1000000000000");
            default -> null;
        };
        if (mult == null) return null;
        BigDecimal v = plain(num);
        if (v == null && grouping(num) == Grouping.VALID) v = new BigDecimal(num.replace(",", ""));
        if (v == null) return null;
        return new DigitNumber(v.multiply(mult), false, false, false, s, false);
    }
}
