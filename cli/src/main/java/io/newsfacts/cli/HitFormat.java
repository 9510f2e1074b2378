package io.newsfacts.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.indexer.Hit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How search hits are printed: an aligned table for people (one row of columns per hit, then its sentence with
 * the matches in «…»), fitted to a width; one JSON object per hit for programs.
 */
final class HitFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final String GAP = "  ";
    private static final String INDENT = "     ";

    /** A column: its header, how a hit fills it, its widest and narrowest width, whether numbers align right. */
    private record Column(String header, Function<Hit, String> cell, int max, int min, boolean right) {
    }

    /**
     * Values and article ids are never cut (their widest equals their narrowest); words are, widest first. The
     * kind has no column: the unit tells it for figures, and an entity's type follows its name.
     */
    private static final List<Column> COLUMNS = List.of(
            new Column("value", h -> h.value() == null ? (h.isFigure() ? nullToEmpty(h.text()) : "")
                    : grouped(h.value()), 24, 24, true),
            new Column("unit", h -> nullToEmpty(h.unit()), 8, 4, false),
            new Column("counted", h -> h.isFigure() ? nullToEmpty(h.counted()) : h.text() + " (" + h.kind() + ")",
                    32, 10, false),
            new Column("predicate", h -> nullToEmpty(h.predicate()), 14, 9, false),
            new Column("agency", h -> nullToEmpty(h.agency()), 32, 8, false),
            new Column("place", h -> nullToEmpty(h.place()), 24, 8, false),
            new Column("period", h -> period(h.period()), 21, 10, false),
            new Column("article", h -> h.articleId() + " " + h.id(), 60, 60, false));

    /** ISO bounds, the end shortened when in the same year as the start: 2020-01/2020-09 is 2020-01/09. */
    static String period(String iso) {
        if (iso == null) {
            return "";
        }
        int slash = iso.indexOf('/');
        if (slash >= 7 && iso.length() >= slash + 8 && iso.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')
                && iso.regionMatches(0, iso, slash + 1, 5)) {
            return iso.substring(0, slash + 1) + iso.substring(slash + 6);
        }
        return iso;
    }

    private HitFormat() {
    }

    /**
     * The table of a page of hits numbered from {@code first}: a header, then per hit a row and its highlighted
     * sentence. With {@code width} above 0, long cells are cut (…) so that rows fit, widest columns first, and the
     * sentence is cut around its first match; 0 cuts nothing.
     */
    static List<String> table(List<Hit> hits, int first, int width) {
        int rankWidth = String.valueOf(first + hits.size() - 1).length();
        int[] widths = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column col = COLUMNS.get(c);
            int w = col.header().length();
            for (Hit h : hits) {
                w = Math.max(w, clean(col.cell().apply(h)).length());
            }
            widths[c] = width > 0 ? Math.min(w, col.max()) : w;
        }
        if (width > 0) {
            fit(widths, width - rankWidth - 2 - GAP.length() * (COLUMNS.size() - 1));
        }
        // on a terminal too narrow for the narrowest columns, rows are cut at its edge
        int edge = width > 0 ? width : Integer.MAX_VALUE;
        List<String> lines = new ArrayList<>();
        lines.add(cut(row(" ".repeat(rankWidth) + "  ", widths, c -> COLUMNS.get(c).header()), edge));
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            String rank = String.format(Locale.ROOT, "%" + rankWidth + "d. ", first + i);
            lines.add(cut(row(rank, widths, c -> clean(COLUMNS.get(c).cell().apply(h))), edge));
            String sentence = clean(h.highlighted() != null ? h.highlighted() : nullToEmpty(h.sentence()));
            lines.add(INDENT + (width > 0 ? around(sentence, width - INDENT.length()) : sentence));
        }
        return lines;
    }

    /** Narrows the widest shrinkable column, one character at a time, until the columns fit {@code room}. */
    private static void fit(int[] widths, int room) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        while (total > room) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > COLUMNS.get(c).min() && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return; // as narrow as it gets; the terminal wraps
            }
            widths[widest]--;
            total--;
        }
    }

    private static String row(String start, int[] widths, java.util.function.IntFunction<String> cell) {
        StringBuilder b = new StringBuilder(start);
        for (int c = 0; c < widths.length; c++) {
            String text = cut(cell.apply(c), widths[c]);
            String pad = " ".repeat(widths[c] - text.length());
            b.append(COLUMNS.get(c).right() ? pad + text : text + pad);
            if (c < widths.length - 1) {
                b.append(GAP);
            }
        }
        return b.toString().stripTrailing();
    }

    /** The text cut to {@code width} characters, the last one an ellipsis when cut. */
    static String cut(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 0 ? "" : text.substring(0, width - 1) + "…";
    }

    /**
     * The sentence cut to {@code width} so that its first «match» shows: from the start when the match is early,
     * else from a third of the width before it, with … where text was left out.
     */
    static String around(String sentence, int width) {
        if (width <= 0 || sentence.length() <= width) {
            return sentence;
        }
        int match = sentence.indexOf('«');
        if (width < 10 || match < width * 2 / 3) {
            return cut(sentence, width); // the match shows from the start (or there is none)
        }
        int start = Math.min(match - width / 3, sentence.length() - (width - 1));
        return "…" + cut(sentence.substring(start), width - 1);
    }

    /**
     * The figure (or entity) as the contract writes it, with its article id first and the search score last, on
     * one line.
     */
    static String json(Hit h) {
        try {
            ObjectNode o = JSON.createObjectNode();
            o.put("article", h.articleId());
            JsonNode contract = JSON.readTree(h.json());
            contract.fields().forEachRemaining(e -> o.set(e.getKey(), e.getValue()));
            o.put("score", h.score());
            return JSON.writeValueAsString(o);
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

    /** One line: runs of white space (new lines in a sentence) become one space. */
    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
