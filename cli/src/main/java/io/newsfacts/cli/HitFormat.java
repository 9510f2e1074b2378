package io.newsfacts.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.indexer.Hit;
import java.math.BigDecimal;
import java.util.Locale;

/** How search hits are printed: aligned lines for people, one JSON object per hit for programs. */
final class HitFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private HitFormat() {
    }

    /**
     * Two lines: rank, value and unit, kind, what was counted and the predicate, the article (and figure) id;
     * then the sentence with the matches in «…».
     */
    static String human(int rank, Hit h) {
        String what;
        String amount;
        if ("figure".equals(h.type())) {
            amount = h.value() == null ? nullToEmpty(h.text()) : withUnit(grouped(h.value()), h.unit());
            what = nullToEmpty(h.counted());
            if (h.predicate() != null && !h.predicate().isEmpty()) {
                what = what.isEmpty() ? h.predicate() : what + " — " + h.predicate();
            }
        } else {
            amount = "";
            what = nullToEmpty(h.text());
        }
        String where = h.id() == null ? h.articleId() : h.articleId() + " " + h.id();
        String sentence = h.highlighted() != null ? h.highlighted() : nullToEmpty(h.sentence());
        return String.format(Locale.ROOT, "%3d. %-16s %-9s %s  [%s]%n     %s", rank, amount,
                nullToEmpty(h.kind()), what, where, sentence.replaceAll("\\s+", " ").strip());
    }

    /** Every field of the hit, as one JSON object on one line. */
    static String json(Hit h) {
        try {
            return JSON.writeValueAsString(h);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write hit " + h.articleId() + " " + h.id(), e);
        }
    }

    /** {@code 373000} as {@code 373,000}, {@code 1234.5} as {@code 1,234.5}: digits as written, grouped by three. */
    static String grouped(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + sb + (dot < 0 ? "" : digits.substring(dot));
    }

    private static String withUnit(String amount, String unit) {
        if (unit == null || unit.isEmpty()) {
            return amount;
        }
        return unit.equals("%") ? amount + "%" : amount + " " + unit;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
