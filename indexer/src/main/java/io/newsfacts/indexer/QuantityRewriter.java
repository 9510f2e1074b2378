package io.newsfacts.indexer;

import io.newsfacts.indexer.QuantityWords.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The quantity half of the query language, run before Lucene's classic parser. It finds comparisons of figures
 * in the query text and replaces each with a placeholder clause ({@code __q:0}) that {@link FactQueryParser}
 * turns back into the query built here, so that the rest of the syntax (phrases, AND/OR/NOT, parentheses, fields)
 * keeps its meaning around them. Recognised, case-insensitively, outside quotes:
 * <ul>
 *   <li>{@code value>10000}, {@code value >= 1e9}, {@code value:<5}, bare {@code >1 billion yuan}, {@code <=20%};
 *   <li>comparison words before a number: {@code more than 10,000}, {@code over 1 billion yuan}, {@code at least},
 *       {@code up to}, {@code less than}, {@code under}, … (see {@link QuantityWords#COMPARISON_WORDS});
 *   <li>{@code between 10 and 20 percent} (inclusive; a unit on either number applies to both);
 *   <li>{@code value:[1e9 TO *]}, {@code value:{10k TO 1 billion]}, {@code value:1.5bn} (exact).
 * </ul>
 * A number may have digit groups ({@code 10,000}), a decimal part, an exponent, an attached scale ({@code 10k},
 * {@code 1.5bn}) or a scale word ({@code 3 million}), a currency sign before it ({@code $5m}) and a unit after it
 * ({@code yuan}, {@code percent}, {@code tonnes}); a unit becomes a filter on the figure's unit code. Comparison
 * words with no number after them stay words ("over the border"); a comparison sign with none is an error.
 */
final class QuantityRewriter {
    /** The field of placeholder clauses; not a field of the index. */
    static final String PLACEHOLDER = "__q";

    /** The query with placeholders, and the query each placeholder stands for (placeholder n is entry n). */
    record Rewritten(String query, List<Query> quantities) {
    }

    private enum TokenKind {
        WORD, OPAQUE, PAREN
    }

    /** A stretch of the query text: a word, a quoted phrase, a [range], a /regexp/ or a parenthesis. */
    private record Token(TokenKind kind, int start, int end, String text) {
    }

    private enum AtomKind {
        VALUE_FIELD, SIGN, CURRENCY, NUMBER, PERCENT, WORD, BARRIER
    }

    /** One meaningful piece of a word ({@code value>=1.5bn} is VALUE_FIELD, SIGN, NUMBER). */
    private record Atom(AtomKind kind, int token, boolean firstOfToken, boolean lastOfToken, String word,
            Comparison sign, BigDecimal number, String currency) {
    }

    /** A recognised quantity: [lo, hi] with inclusiveness, and a unit code or null. */
    private record Quantity(BigDecimal number, String unit, int end) {
    }

    private final String query;
    private final List<Token> tokens;
    private final List<Atom> atoms = new ArrayList<>();

    private QuantityRewriter(String query) throws ParseException {
        this.query = query;
        this.tokens = lex(query);
        for (int i = 0; i < tokens.size(); i++) {
            decompose(i);
        }
    }

    /** Finds the quantity expressions of {@code query}; throws on a comparison sign with no number after it. */
    static Rewritten rewrite(String query) throws ParseException {
        return new QuantityRewriter(query).run();
    }

    private Rewritten run() throws ParseException {
        StringBuilder out = new StringBuilder();
        List<Query> quantities = new ArrayList<>();
        int copied = 0;
        int p = 0;
        while (p < atoms.size()) {
            Match m = atoms.get(p).firstOfToken() ? match(p) : null;
            if (m == null) {
                p++;
                continue;
            }
            Token first = tokens.get(atoms.get(p).token());
            Token last = tokens.get(atoms.get(m.end() - 1).token());
            out.append(query, copied, first.start()).append(PLACEHOLDER).append(':').append(quantities.size());
            quantities.add(m.query());
            copied = last.end();
            p = m.end();
        }
        out.append(query.substring(copied));
        return new Rewritten(out.toString(), List.copyOf(quantities));
    }

    private record Match(int end, Query query) {
    }

    /** The expression starting at atom p, or null; it must end at the end of a token. */
    private Match match(int p) throws ParseException {
        Match m = valueRange(p);
        if (m == null) {
            m = between(p);
        }
        if (m == null) {
            m = comparison(p);
        }
        if (m != null && !atoms.get(m.end() - 1).lastOfToken()) {
            return null;
        }
        return m;
    }

    /** {@code value:[a TO b]}: a value field immediately followed by a range token. */
    private Match valueRange(int p) throws ParseException {
        Atom a = atoms.get(p);
        if (a.kind() != AtomKind.VALUE_FIELD || p + 1 >= atoms.size() || atoms.get(p + 1).kind() != AtomKind.BARRIER) {
            return null;
        }
        Token field = tokens.get(a.token());
        Token range = tokens.get(atoms.get(p + 1).token());
        if (range.kind() != TokenKind.OPAQUE || range.start() != field.end()
                || !(range.text().startsWith("[") || range.text().startsWith("{"))) {
            return null;
        }
        String body = range.text();
        char open = body.charAt(0);
        char close = body.charAt(body.length() - 1);
        if (close != ']' && close != '}') {
            throw new ParseException("the value range '" + body + "' is not closed with ] or }");
        }
        String[] parts = body.substring(1, body.length() - 1).strip().split("(?i)\\s+TO\\s+");
        if (parts.length != 2) {
            throw new ParseException("a value range is written value:[LOW TO HIGH], not value:" + body);
        }
        Double lo = rangeBound(parts[0]);
        Double hi = rangeBound(parts[1]);
        double low = lo == null ? Double.NEGATIVE_INFINITY : open == '[' ? lo : Math.nextUp(lo);
        double high = hi == null ? Double.POSITIVE_INFINITY : close == ']' ? hi : Math.nextDown(hi);
        return new Match(p + 2, DoublePoint.newRangeQuery(DocumentLayout.VALUE, low, high));
    }

    private static Double rangeBound(String text) throws ParseException {
        if (text.strip().equals("*")) {
            return null;
        }
        BigDecimal b = QuantityWords.bound(text);
        if (b == null) {
            throw new ParseException("value '" + text.strip() + "' is not a number");
        }
        return b.doubleValue();
    }

    /** {@code between A and B}: inclusive, in either order. */
    private Match between(int p) throws ParseException {
        if (!isWord(p, "between")) {
            return null;
        }
        Quantity a = quantity(p + 1);
        if (a == null || !isWord(a.end(), "and")) {
            return null;
        }
        Quantity b = quantity(a.end() + 1);
        if (b == null) {
            return null;
        }
        String unit = sameUnit(a.unit(), b.unit());
        double x = a.number().doubleValue();
        double y = b.number().doubleValue();
        return new Match(b.end(), build(Math.min(x, y), Math.max(x, y), unit));
    }

    /** {@code [value] SIGN quantity}, {@code value: quantity} or {@code WORDS quantity}. */
    private Match comparison(int p) throws ParseException {
        int q = p;
        boolean field = false;
        if (atoms.get(q).kind() == AtomKind.VALUE_FIELD) {
            field = true;
            q++;
        } else if (isWord(q, "value") && q + 1 < atoms.size() && atoms.get(q + 1).kind() == AtomKind.SIGN) {
            field = true;
            q++;
        }
        Comparison c = null;
        boolean sign = false;
        if (q < atoms.size() && atoms.get(q).kind() == AtomKind.SIGN) {
            c = atoms.get(q).sign();
            sign = true;
            q++;
        } else if (!field) {
            for (Map.Entry<List<String>, Comparison> e : QuantityWords.COMPARISON_WORDS) {
                if (words(q, e.getKey())) {
                    c = e.getValue();
                    q += e.getKey().size();
                    break;
                }
            }
        } else {
            c = Comparison.EQ; // value:1.5bn
        }
        if (c == null) {
            return null;
        }
        Quantity n = quantity(q);
        if (n == null) {
            if (sign || field) {
                throw new ParseException("'" + text(p, Math.min(q + 1, atoms.size())) + "' needs a number, as in"
                        + " value>10000 or >1 billion yuan");
            }
            return null; // "over the border": words, not a comparison
        }
        double v = n.number().doubleValue();
        return new Match(n.end(), switch (c) {
            case GT -> build(Math.nextUp(v), Double.POSITIVE_INFINITY, n.unit());
            case GE -> build(v, Double.POSITIVE_INFINITY, n.unit());
            case LT -> build(Double.NEGATIVE_INFINITY, Math.nextDown(v), n.unit());
            case LE -> build(Double.NEGATIVE_INFINITY, v, n.unit());
            case EQ -> build(v, v, n.unit());
        });
    }

    /** {@code [CURRENCY] NUMBER [SCALE] [UNIT]} from atom q, or null when no number stands there. */
    private Quantity quantity(int q) throws ParseException {
        String unit = null;
        if (q < atoms.size() && atoms.get(q).kind() == AtomKind.CURRENCY) {
            unit = atoms.get(q).currency();
            q++;
        } else if (q + 1 < atoms.size() && atoms.get(q).kind() == AtomKind.WORD
                && QuantityWords.CURRENCY_WORDS_BEFORE.containsKey(atoms.get(q).word())
                && atoms.get(q + 1).kind() == AtomKind.NUMBER) {
            unit = QuantityWords.CURRENCY_WORDS_BEFORE.get(atoms.get(q).word());
            q++;
        }
        if (q >= atoms.size() || atoms.get(q).kind() != AtomKind.NUMBER) {
            return null;
        }
        BigDecimal n = atoms.get(q).number();
        q++;
        if (q < atoms.size() && atoms.get(q).kind() == AtomKind.PERCENT) {
            return new Quantity(n, sameUnit(unit, "%"), q + 1);
        }
        if (q < atoms.size() && atoms.get(q).kind() == AtomKind.WORD) {
            BigDecimal scale = QuantityWords.scaleWord(atoms.get(q).word());
            if (scale != null) {
                n = n.multiply(scale);
                q++;
            }
        }
        for (QuantityWords.Unit u : QuantityWords.UNITS) {
            if (words(q, u.words())) {
                return new Quantity(n, sameUnit(unit, u.code()), q + u.words().size());
            }
        }
        return new Quantity(n, unit, q);
    }

    private static String sameUnit(String a, String b) throws ParseException {
        if (a != null && b != null && !a.equals(b)) {
            throw new ParseException("a quantity cannot be both " + a + " and " + b);
        }
        return a != null ? a : b;
    }

    /** A figure's value in [lo, hi], and its unit when one was named. Filters only: they add nothing to scores. */
    private static Query build(double lo, double hi, String unit) {
        Query range = DoublePoint.newRangeQuery(DocumentLayout.VALUE, lo, hi);
        if (unit == null) {
            return range;
        }
        return new BooleanQuery.Builder()
                .add(range, Occur.FILTER)
                .add(new TermQuery(DocumentLayout.keywordTerm(DocumentLayout.UNIT, unit)), Occur.FILTER)
                .build();
    }

    private boolean isWord(int q, String word) {
        return q < atoms.size() && atoms.get(q).kind() == AtomKind.WORD && atoms.get(q).word().equals(word);
    }

    /** Whether atoms from q are these words, each a whole token. */
    private boolean words(int q, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!isWord(q + i, words.get(i)) || !atoms.get(q + i).firstOfToken()) {
                return false;
            }
        }
        return true;
    }

    private String text(int fromAtom, int toAtom) {
        int start = tokens.get(atoms.get(fromAtom).token()).start();
        int end = tokens.get(atoms.get(toAtom - 1).token()).end();
        return query.substring(start, end);
    }

    /** Splits a word token into atoms: {@code value>=$1.5bn} is VALUE_FIELD, SIGN, CURRENCY, NUMBER. */
    private void decompose(int t) {
        Token token = tokens.get(t);
        if (token.kind() != TokenKind.WORD) {
            atoms.add(new Atom(AtomKind.BARRIER, t, true, true, null, null, null, null));
            return;
        }
        String rest = token.text().toLowerCase(Locale.ROOT);
        List<Atom> parts = new ArrayList<>();
        if (rest.startsWith("value") && rest.length() > 5 && ":<>=≥≤".indexOf(rest.charAt(5)) >= 0) {
            parts.add(atom(AtomKind.VALUE_FIELD, t, null, null, null, null));
            rest = rest.charAt(5) == ':' ? rest.substring(6) : rest.substring(5);
        }
        for (Map.Entry<String, Comparison> s : QuantityWords.COMPARISON_SIGNS) {
            if (rest.startsWith(s.getKey())) {
                parts.add(atom(AtomKind.SIGN, t, null, s.getValue(), null, null));
                rest = rest.substring(s.getKey().length());
                break;
            }
        }
        for (Map.Entry<String, String> c : QuantityWords.CURRENCY_SIGNS) {
            if (rest.startsWith(c.getKey()) && rest.length() > c.getKey().length()) {
                parts.add(atom(AtomKind.CURRENCY, t, null, null, null, c.getValue()));
                rest = rest.substring(c.getKey().length());
                break;
            }
        }
        if (!rest.isEmpty()) {
            BigDecimal n = QuantityWords.number(rest);
            BigDecimal pct = n == null ? QuantityWords.percent(rest) : null;
            if (n != null) {
                parts.add(atom(AtomKind.NUMBER, t, null, null, n, null));
            } else if (pct != null) {
                parts.add(atom(AtomKind.NUMBER, t, null, null, pct, null));
                parts.add(atom(AtomKind.PERCENT, t, null, null, null, null));
            } else {
                // a plain word, or what follows a sign that is no number (value>abc: an error found later)
                parts.add(atom(AtomKind.WORD, t, parts.isEmpty() ? token.text().toLowerCase(Locale.ROOT) : rest,
                        null, null, null));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Atom a = parts.get(i);
            atoms.add(new Atom(a.kind(), t, i == 0, i == parts.size() - 1, a.word(), a.sign(), a.number(),
                    a.currency()));
        }
    }

    private static Atom atom(AtomKind kind, int token, String word, Comparison sign, BigDecimal number,
            String currency) {
        return new Atom(kind, token, false, false, word, sign, number, currency);
    }

    /**
     * Cuts the query into words, quoted phrases, [ranges], /regexps/ and parentheses, as the classic parser will:
     * what is inside quotes, ranges and regexps is never read as a quantity. A backslash escapes the next character.
     */
    private static List<Token> lex(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(TokenKind.PAREN, i, i + 1, String.valueOf(c)));
                i++;
            } else if (c == '"' || c == '[' || c == '{' || c == '/') {
                int end = closing(q, i);
                end = wordEnd(q, end); // a ~2 or ^3 after it
                out.add(new Token(TokenKind.OPAQUE, i, end, q.substring(i, end)));
                i = end;
            } else {
                int end = wordEnd(q, i);
                out.add(new Token(TokenKind.WORD, i, end, q.substring(i, end)));
                i = end;
            }
        }
        return out;
    }

    /** The index after the phrase, range or regexp opening at {@code i} (the end of the text if unclosed). */
    private static int closing(String q, int i) {
        char open = q.charAt(i);
        for (int j = i + 1; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '\\') {
                j++;
            } else if (open == '"' && c == '"' || open == '/' && c == '/'
                    || (open == '[' || open == '{') && (c == ']' || c == '}')) {
                return j + 1;
            }
        }
        return q.length();
    }

    /** The index after a word starting at {@code i}: up to white space, a parenthesis, a quote or a bracket. */
    private static int wordEnd(String q, int i) {
        int j = i;
        while (j < q.length()) {
            char c = q.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (Character.isWhitespace(c) || "()\"[{".indexOf(c) >= 0) {
                break;
            }
            j++;
        }
        return Math.min(j, q.length());
    }
}
