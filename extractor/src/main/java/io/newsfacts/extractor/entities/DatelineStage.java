package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.Dateline;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.time.Months;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline ("Beijing, October 26") and byline ("(Reporter Guo Chaokai)", "By Jane Doe") at the start of
 * an article. Pure function of the text.
 */
public final class DatelineStage {
    /** Place, month and day near the start, after optional punctuation and an agency tag ("Xinhua News Agency"). */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\s\\p{Punct}“”‘’]{0,5}((?:[A-Z][\\p{L}.'-]+)(?:[ -][A-Z][\\p{L}.'-]+){0,3}),\\s+("
                    + Months.ALTERNATION + ")\\.?\\s+(\\d{1,2})\\b(?:,\\s+(?:19|20)\\d{2})?");
    private static final Pattern PAREN_BYLINE = Pattern.compile(
            "\\G\\s*\\((?:(Reporter|Correspondent|Reported by|By|Staff reporter|Xinhua reporter)\\s+)?"
                    + "((?:[A-Z][\\p{L}'-]+)(?: [A-Z][\\p{L}'-]+){0,3})\\)");
    private static final Pattern BY_LINE = Pattern.compile(
            "(?m)^\\s*By ((?:[A-Z][\\p{L}'.-]+)(?: [A-Z][\\p{L}'.-]+){0,3})\\s*$");

    /** What was found; any part may be null. */
    public record Result(Dateline dateline, Span place, Integer month, Integer day, Span byline, String bylineRole) {
        public static final Result NONE = new Result(null, null, null, null, null, null);
    }

    private DatelineStage() {
    }

    public static Result find(String text) {
        Matcher m = DATELINE.matcher(text);
        Dateline dateline = null;
        Span place = null;
        Integer month = null;
        Integer day = null;
        Span byline = null;
        String role = null;
        int after = 0;
        if (m.find() && m.start(1) < 40) {
            place = Span.of(text, m.start(1), m.end(1));
            month = Months.number(m.group(2));
            day = Integer.parseInt(m.group(3));
            String iso = m.group(0).matches("(?s).*,\\s+(?:19|20)\\d{2}$")
                    ? m.group(0).substring(m.group(0).length() - 4) + String.format("-%02d-%02d", month, day)
                    : String.format("--%02d-%02d", month, day);
            int end = m.end(3);
            if (iso.charAt(0) != '-') end = m.end();
            dateline = new Dateline(Span.of(text, m.start(1), end), place.text(), iso);
            after = m.end();
            Matcher b = PAREN_BYLINE.matcher(text);
            b.region(after, Math.min(text.length(), after + 80));
            // "(Xinhua)" credits an agency; a byline is a person: a role word or a name of two words or more
            if (b.find() && (b.group(1) != null || b.group(2).contains(" "))) {
                byline = Span.of(text, b.start(2), b.end(2));
                role = b.group(1) == null ? null : b.group(1).toLowerCase(java.util.Locale.ROOT).replace("xinhua ", "");
            }
        }
        if (byline == null) {
            Matcher b = BY_LINE.matcher(text.length() > 400 ? text.substring(0, 400) : text);
            if (b.find()) {
                byline = Span.of(text, b.start(1), b.end(1));
                role = "author";
            }
        }
        if (dateline == null && byline == null) return Result.NONE;
        return new Result(dateline, place, month, day, byline, role);
    }
}
