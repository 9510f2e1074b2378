package io.newsfacts.indexer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day ({@code 2020}, {@code 2020-03}, {@code 2020-03-15}), as
 * the contract writes periods and as {@code --from}/{@code --to} take them. It covers the days from {@link #first()}
 * to {@link #last()}, written as {@code yyyymmdd} integers: that is how dates are indexed, so their order is the
 * integers' order.
 */
public record PartialDate(int year, Integer month, Integer day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text when it is none of those or not a real date
     */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : ISO.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage(), e);
        }
    }

    /** Like {@link #parse} but null for text that is not such a date ({@code XXXX-01}, {@code 2020-Q1}, null). */
    static PartialDate parseOrNull(String text) {
        if (text == null || !ISO.matcher(text).matches()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first day covered, as {@code yyyymmdd}. */
    public int first() {
        return year * 10000 + (month == null ? 1 : month) * 100 + (day == null ? 1 : day);
    }

    /** The last day covered, as {@code yyyymmdd}. */
    public int last() {
        if (day != null) {
            return first();
        }
        int m = month == null ? 12 : month;
        return year * 10000 + m * 100 + YearMonth.of(year, m).lengthOfMonth();
    }

    /** {@code yyyymmdd} back to ISO text. */
    static String iso(int yyyymmdd) {
        return new PartialDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100).toString();
    }

    /** ISO 8601: {@code 2020}, {@code 2020-03}, {@code 2020-03-15}. */
    @Override
    public String toString() {
        // by hand, not String.format: indexing writes one per document
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month != null) {
            pad(b.append('-'), month, 2);
        }
        if (day != null) {
            pad(b.append('-'), day, 2);
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }
}
