package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one token written with digits: "262,000", "41.1", "1021", "5bn", "20m", "3.5". Thousands separators
 * must group by three; "3,2016" is malformed (its value is ambiguous), never silently 32016.
 */
record DigitNumber(BigDecimal value, boolean malformed, boolean grouped, boolean integer, String suffix) {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern BROKEN = Pattern.compile("\\d+(,\\d+)+(\\.\\d+)?");
    private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(bn|mn|mln|m|k|tn|trn|b)",
            Pattern.CASE_INSENSITIVE);

    /** The parse of {@code token}, or null when it is not a number written in digits. */
    static DigitNumber parse(String token) {
        if (token.isEmpty() || token.length() > 40) {
            return token.length() > 40 && token.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',' || c == '.')
                    ? new DigitNumber(null, true, false, false, null) : null;
        }
        if (GROUPED.matcher(token).matches()) {
            return new DigitNumber(new BigDecimal(token.replace(",", "")), false, true, !token.contains("."), null);
        }
        if (PLAIN.matcher(token).matches()) {
            return new DigitNumber(new BigDecimal(token), false, false, !token.contains("."), null);
        }
        if (BROKEN.matcher(token).matches()) {
            return new DigitNumber(null, true, false, false, null);
        }
        Matcher m = SUFFIXED.matcher(token);
        if (m.matches()) {
            String num = m.group(1).replace(",", "");
            String s = m.group(2).toLowerCase(Locale.ROOT);
            BigDecimal mult = switch (s) {
                case "k" -> new BigDecimal("1000");
                case "m", "mn", "mln" -> new BigDecimal("1000000");
                case "b", "bn" -> new BigDecimal("1000000000");
                default -> new BigDecimal("1000000000000");
            };
            return new DigitNumber(new BigDecimal(num).multiply(mult), false, false, false, s);
        }
        return null;
    }
}
