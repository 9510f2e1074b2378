package io.newsfacts.extractor.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is known of an article's publication date; each part may be unknown (null). The year comes from the
 * caller (--date), the page's markup, or a full date in the text, never from a guess.
 */
public record ArticleDate(Integer year, Integer month, Integer day) {
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(" + Months.ALTERNATION + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DATE_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s+(" + Months.ALTERNATION + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");

    /** "2020-07-26 15:43:42 Source: …": a page's time stamp copied with the article. */
    private static final Pattern ISO_DATE = Pattern.compile("(?m)^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

    public static final ArticleDate UNKNOWN = new ArticleDate(null, null, null);

    /**
     * The article's date from, in order of trust: the caller's date, the markup's date, the dateline's month and
     * day (with the year of the caller or markup, or of a full date in the lead that agrees with them), else the
     * first full date written in the text's first lines ("July 26, 2020", "26 July 2020", a time stamp
     * "2020-07-26 15:43").
     */
    public static ArticleDate resolve(String configured, String markup, Integer datelineMonth, Integer datelineDay,
            String text) {
        ArticleDate given = parseIso(configured != null ? configured : markup);
        if (given != null) {
            if (given.month == null && datelineMonth != null) {
                return new ArticleDate(given.year, datelineMonth, datelineDay);
            }
            return given;
        }
        if (datelineMonth != null) {
            Integer year = yearOfDateInLead(text, datelineMonth, datelineDay);
            return new ArticleDate(year, datelineMonth, datelineDay);
        }
        String lead = text.length() > 600 ? text.substring(0, 600) : text;
        Matcher m = FULL_DATE.matcher(lead);
        if (m.find()) {
            return new ArticleDate(Integer.parseInt(m.group(3)), Months.number(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        m = DATE_FIRST.matcher(lead);
        if (m.find()) {
            return new ArticleDate(Integer.parseInt(m.group(3)), Months.number(m.group(2)),
                    Integer.parseInt(m.group(1)));
        }
        m = ISO_DATE.matcher(lead);
        if (m.find() && validMonthDay(m)) {
            return new ArticleDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        return UNKNOWN;
    }

    /** A full date in the lead that agrees with the dateline's month and day gives the year. */
    private static Integer yearOfDateInLead(String text, int month, Integer day) {
        String lead = text.length() > 600 ? text.substring(0, 600) : text;
        Matcher m = FULL_DATE.matcher(lead);
        while (m.find()) {
            if (Months.number(m.group(1)) == month && (day == null || Integer.parseInt(m.group(2)) == day)) {
                return Integer.parseInt(m.group(3));
            }
        }
        m = ISO_DATE.matcher(lead);
        while (m.find()) {
            if (validMonthDay(m) && Integer.parseInt(m.group(2)) == month
                    && (day == null || Integer.parseInt(m.group(3)) == day)) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    private static boolean validMonthDay(Matcher iso) {
        int month = Integer.parseInt(iso.group(2));
        int day = Integer.parseInt(iso.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static ArticleDate parseIso(String s) {
        if (s == null || !s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) return null;
        Integer y = Integer.parseInt(s.substring(0, 4));
        Integer m = s.length() >= 7 && s.charAt(4) == '-' ? Integer.valueOf(s.substring(5, 7)) : null;
        Integer d = m != null && s.length() >= 10 && s.charAt(7) == '-' ? Integer.valueOf(s.substring(8, 10)) : null;
        return new ArticleDate(y, m, d);
    }

    /** The year as ISO text, or XXXX when unknown; {@code delta} shifts it ("last year": -1). */
    public String yearText(int delta) {
        return year == null ? "XXXX" : String.format("%04d", year + delta);
    }
}
