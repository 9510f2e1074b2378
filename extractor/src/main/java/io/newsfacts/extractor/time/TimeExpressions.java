package io.newsfacts.extractor.time;

import io.newsfacts.extractor.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions (month ranges, quarters and halves, months, dates, years, "this year", "since 2007",
 * "today") in text and
 * normalises them to ISO relative to the article's date. Pure and thread-safe.
 */
public final class TimeExpressions {
    private static final String M = "(" + Months.ALTERNATION + ")";
    private static final String REL_YEAR = "(?:,?\\s+(?:of\\s+)?(this|last|next|the\\s+same|the\\s+previous)\\s+year"
            + "|,?\\s+((?:19|20)\\d{2}))?";
    private static final String ORD = "(first|second|third|fourth|1st|2nd|3rd|4th|last)";
    private static final Pattern[] PATTERNS = {
        // 0: from January to September this year / January-September 2020
        Pattern.compile("(?:(?:from|between)\\s+)?" + M + "(?:\\s+((?:19|20)\\d{2}))?\\s*(?:to|through|until|till|and|-|–)\\s*"
                + M + REL_YEAR + "\\b"),
        // 1: the first half / third quarter of this year / of 2020
        Pattern.compile("(?:the\\s+)?" + ORD + "\\s+(half|quarter)(?:\\s+of\\s+(?:(this|last|next)\\s+year|((?:19|20)\\d{2}))|\\s+((?:19|20)\\d{2}))?\\b",
                Pattern.CASE_INSENSITIVE),
        // 2: October 26, 2020 / May 21 this year / October 26
        Pattern.compile(M + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b" + REL_YEAR),
        // 3: 26 October 2020
        Pattern.compile("\\b(\\d{1,2})\\s+" + M + "(?:\\s+((?:19|20)\\d{2}))?\\b"),
        // 4: in March 2020 / in March this year / since January
        Pattern.compile("\\b(?:(?i:in|since|during|by|until|through|from|for|of)|last|this|early|late|mid-?)\\s+" + M
                + REL_YEAR + "\\b"),
        // 5: this year / last year / so far this year
        Pattern.compile("\\b(?:(?:so\\s+far|earlier|later)\\s+)?(this|last|next)\\s+year\\b", Pattern.CASE_INSENSITIVE),
        // 6: in 2020 / since 2019 / 2019-2020
        Pattern.compile("\\b(?:((?i:in|since|during|by|for|of|until|from|through))\\s+)((?:19|20)\\d{2})(?:\\s*(?:-|–|to)\\s*((?:19|20)\\d{2}))?\\b"),
        // 7: today (the article's date)
        Pattern.compile("\\btoday\\b", Pattern.CASE_INSENSITIVE),
    };

    private TimeExpressions() {
    }

    /** Time expressions in text[from, to), earliest first, none overlapping. */
    public static List<TimeExpression> find(String text, int from, int to, ArticleDate date) {
        String region = text.substring(from, to);
        List<TimeExpression> out = new ArrayList<>();
        // each pattern needs a word it cannot match without: skip it, and its scan of every position, when absent
        boolean month = hasMonth(region);
        boolean halfOrQuarter = containsIgnoreCase(region, "half") || containsIgnoreCase(region, "quarter");
        boolean[] possible = {month, halfOrQuarter, month, month, month, containsIgnoreCase(region, "year"),
            hasDigit(region), containsIgnoreCase(region, "today")};
        for (int p = 0; p < PATTERNS.length; p++) {
            if (!possible[p]) continue;
            Matcher m = PATTERNS[p].matcher(region);
            while (m.find()) {
                int s = from + m.start();
                int end = from + m.end();
                while (end > s && Character.isWhitespace(text.charAt(end - 1))) end--;
                final int e = end;
                if (out.stream().anyMatch(x -> overlaps(x, s, e))) {
                    continue;
                }
                TimeExpression t = normalise(p, m, Span.of(text, s, e), date);
                if (t != null) out.add(t);
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Whether a month name could start somewhere in {@code s} (every form in {@link Months} starts so). */
    static boolean hasMonth(String s) {
        for (int i = 0; i + 3 <= s.length(); i++) {
            char c = s.charAt(i);
            if ("JFMASOND".indexOf(c) >= 0 && MONTH_STARTS.contains(s.substring(i, i + 3))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> MONTH_STARTS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "May",
            "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** Whether {@code s} contains {@code lower} in any case. */
    private static boolean containsIgnoreCase(String s, String lower) {
        int n = lower.length();
        for (int i = 0; i + n <= s.length(); i++) {
            if (Character.toLowerCase(s.charAt(i)) == lower.charAt(0) && s.regionMatches(true, i, lower, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static boolean overlaps(TimeExpression x, int s, int e) {
        return s < x.span().end() && x.span().start() < e;
    }

    private static String year(ArticleDate date, String rel, String explicit) {
        if (explicit != null) return explicit;
        if (rel == null) return date.yearText(0);
        String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (r) {
            case "last", "the previous" -> date.yearText(-1);
            case "next" -> date.yearText(1);
            default -> date.yearText(0);
        };
    }

    private static String ym(String year, int month) {
        return year + String.format("-%02d", month);
    }

    private static TimeExpression normalise(int p, Matcher m, Span span, ArticleDate date) {
        switch (p) {
            case 0: {
                int a = Months.number(m.group(1));
                int b = Months.number(m.group(3));
                if (a == 0 || b == 0) return null;
                String y2 = year(date, m.group(4), m.group(5));
                String y1 = m.group(2) != null ? m.group(2) : y2;
                return new TimeExpression(span, ym(y1, a), ym(y2, b), false);
            }
            case 1: {
                String ord = m.group(1).toLowerCase(Locale.ROOT);
                int n = switch (ord) {
                    case "first", "1st" -> 1;
                    case "second", "2nd" -> 2;
                    case "third", "3rd" -> 3;
                    case "fourth", "4th", "last" -> 4;
                    default -> 0;
                };
                boolean half = m.group(2).equalsIgnoreCase("half");
                if (half && n > 2) n = 2;
                String y = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : year(date, m.group(3), null);
                int months = half ? 6 : 3;
                int start = (n - 1) * months + 1;
                return new TimeExpression(span, ym(y, start), ym(y, start + months - 1), false);
            }
            case 2: {
                int mo = Months.number(m.group(1));
                int day = Integer.parseInt(m.group(2));
                if (mo == 0 || day < 1 || day > 31) return null;
                if (m.group(1).equals("May") && span.text().length() < 5) return null;
                String y = m.group(3) == null && m.group(4) == null ? dayYear(date) : year(date, m.group(3), m.group(4));
                String iso = (y == null ? "-" : y) + String.format("-%02d-%02d", mo, day);
                return new TimeExpression(span, iso, iso, true);
            }
            case 3: {
                int day = Integer.parseInt(m.group(1));
                int mo = Months.number(m.group(2));
                if (mo == 0 || day < 1 || day > 31) return null;
                String y = m.group(3) != null ? m.group(3) : dayYear(date);
                String iso = (y == null ? "-" : y) + String.format("-%02d-%02d", mo, day);
                return new TimeExpression(span, iso, iso, true);
            }
            case 4: {
                int mo = Months.number(m.group(1));
                if (mo == 0 || (m.group(1).equals("May") && m.group(2) == null && m.group(3) == null)) return null;
                String y = year(date, m.group(2), m.group(3));
                return new TimeExpression(span, ym(y, mo), ym(y, mo), false);
            }
            case 5: {
                String y = year(date, m.group(1), null);
                return new TimeExpression(span, y, y, false);
            }
            case 6: {
                String a = m.group(2);
                String b = m.group(3) != null ? m.group(3) : a;
                // "since 2007": from then to the article's year (unknown: XXXX)
                if (m.group(3) == null && m.group(1).equalsIgnoreCase("since")) b = date.yearText(0);
                if (!b.equals("XXXX") && b.compareTo(a) < 0) b = a;
                return new TimeExpression(span, a, b, false);
            }
            default: {
                // "today": the article's date, as much of it as is known; nothing when none of it is
                if (date.year() == null && (date.month() == null || date.day() == null)) return null;
                String iso = date.month() == null ? date.yearText(0)
                        : date.day() == null ? ym(date.yearText(0), date.month())
                        : (date.year() == null ? "-" : date.yearText(0))
                                + String.format("-%02d-%02d", date.month(), date.day());
                return new TimeExpression(span, iso, iso, date.day() != null);
            }
        }
    }

    /** A day without a year: the article's year when known, else unknown ("--10-26" style). */
    private static String dayYear(ArticleDate date) {
        return date.year() == null ? null : date.yearText(0);
    }
}
