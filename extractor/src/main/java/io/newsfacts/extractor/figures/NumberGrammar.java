package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.figures.Units.Unit;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Range;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The number grammar: finds figures in a sentence's pieces (tokens, with numbers glued to units split off). A
 * figure is a number ({@link NumberPhrase}) with an optional currency before it, a unit after it, a range partner
 * and a qualifier; a range ("between 10 and 20", "10-20 yuan") is one figure, valued at its lower end, with both
 * ends as its {@code range} (a change, "increased from 9 to 10", "rose $1.64 to $47.10", is two figures). Vague
 * amounts ("thousands of") are figures without a value. Dates, years, clock times, ordinals, codes, ages and scores
 * are not figures ({@link NotFigures}).
 * One instance reads one sentence; {@link #find} is thread-safe.
 */
final class NumberGrammar {
    private static final String[][] QUALIFIERS = {
        {"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"up", "to"}, {"as", "many", "as"},
        {"as", "much", "as"}, {"close", "to"}, {"no", "more", "than"}, {"no", "less", "than"}, {"not", "less", "than"},
        {"no", "fewer", "than"}, {"in", "excess", "of"}, {"upwards", "of"}, {"at", "most"}, {"over"}, {"nearly"},
        {"about"}, {"around"}, {"almost"}, {"approximately"}, {"roughly"}, {"some"}, {"under"}, {"above"},
        {"below"}, {"approx."}, {"estimated"}, {"an", "estimated"}, {"just", "over"}, {"just", "under"},
        {"well", "over"}, {"more", "then"}, {"exceeding"}, {"over", "than"}, {"larger", "than"}, {"greater", "than"},
        {"higher", "than"}, {"lower", "than"}, {"smaller", "than"}, {"bigger", "than"}};
    private static final Set<String> RANGE_GLUE = Set.of("-", "–", "—", "to", "~", "～", "through");
    /**
     * Lemmas of change (the verbs {@link Relations} reads, and nouns and verbs of change it does not need): "from A
     * to B" in their clause is a change, not a range ("increased from 9 to 10").
     */
    private static final Set<String> CHANGE_WORDS = union(Relations.CHANGE_VERBS, Relations.UP_VERBS,
            Relations.DOWN_VERBS, Set.of("growth", "reduction", "hike", "change", "shift", "improve", "slow", "widen",
                    "narrow", "swell", "rocket", "leap", "upgrade", "downgrade", "extend", "revise", "adjust", "add",
                    "shed", "advance", "rally", "retreat"));
    /** Change words that count only right before the numbers ("went up from 9 to 10", "down from"). */
    private static final Set<String> CHANGE_NEAR = Set.of("up", "upped", "down", "go", "went", "gone", "move");
    /** Words that make "from A to B" a range however it is reached ("ranging from 10 to 20"). */
    private static final Set<String> RANGE_WORDS = Set.of("range", "ranges", "ranged", "ranging", "vary", "varies",
            "varied", "varying", "anywhere", "anything", "between", "spanning", "aged");
    /**
     * Verbs of change that a change amount follows, then the level reached ("rose $1.64 to $47.10", "edged up 0.1%
     * to 4.7%", "fell 11,000 to 813,200").
     */
    private static final Set<String> CHANGE_THEN_LEVEL = union(Relations.CHANGE_VERBS, Set.of("up", "down", "add",
            "shed", "advance", "rally", "retreat"));
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "during", "since", "until");
    private static final Set<String> VAGUE_HEADS = Set.of("dozens", "hundreds", "thousands", "millions",
            "billions", "trillions", "tens", "scores");
    /** Words after "twice" that make it a multiplier ("twice as many", "twice the size"), not a count. */
    private static final Set<String> MULTIPLIER_AFTER = Set.of("as", "the", "that", "than", "what", "its", "his",
            "her", "their", "this", "those", "these", "our", "my", "your", "an", "over");
    /** Words around a score ("won 3-1", "a 2-1 victory"). */
    private static final Set<String> RESULT_WORDS = Set.of("won", "win", "wins", "lost", "lose", "loses", "beat",
            "beats", "defeated", "defeat", "drew", "draw", "tied", "tie", "trailed", "led", "leading", "score",
            "scored", "scoreline", "victory", "loss", "result", "thrashed", "edged", "routed");
    /** "the past decade", "the coming fortnight". */
    private static final Set<String> LEXICAL_DETERMINERS = Set.of("past", "last", "next", "coming", "previous",
            "following", "preceding");
    private static final Set<String> VAGUE_DETERMINERS = Set.of("several", "few", "many", "some");
    /** Denominators of proportions read as percentages ("nine in 10", "two in three"). */
    private static final Set<Integer> PROPORTION_BASES = Set.of(2, 3, 4, 5, 10, 100, 1000);

    private final Sentence s;
    private final List<Piece> ps;
    private final Set<String> codes;

    private NumberGrammar(Sentence s, Set<String> codes) {
        this.s = s;
        this.ps = Piece.of(s);
        this.codes = codes;
    }

    /** The figures of sentence {@code s}; {@code codes} are numbers the article uses as model names ("737"). */
    static List<NumberMention> find(Sentence s, Set<String> codes) {
        return new NumberGrammar(s, codes).run();
    }

    /**
     * What was read at a piece: mentions (maybe none, for a span that is not a figure) and the next piece;
     * {@code tentative} when the mention is a "one" that counts only beside other counts.
     */
    private record Found(List<NumberMention> mentions, int next, boolean tentative) {
        Found(List<NumberMention> mentions, int next) {
            this(mentions, next, false);
        }
    }

    private List<NumberMention> run() {
        List<NumberMention> out = new ArrayList<>();
        List<NumberMention> tentativeOnes = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < ps.size()) {
            Found f = at(i, previousEnd);
            if (f == null) {
                i++;
                continue;
            }
            if (f.tentative()) tentativeOnes.addAll(f.mentions());
            out.addAll(f.mentions());
            previousEnd = f.next() - 1;
            i = Math.max(f.next(), i + 1);
        }
        // "one" is a count only beside other counts ("one new case and four new infections")
        if (!tentativeOnes.isEmpty()) {
            boolean otherCounts = out.stream().anyMatch(m -> !tentativeOnes.contains(m) && m.kind() == FigureKind.COUNT
                    && m.value() != null && m.value().compareTo(BigDecimal.ONE) > 0);
            if (!otherCounts) out.removeAll(tentativeOnes);
        }
        return out;
    }

    private Found at(int i, int previousEnd) {
        Piece p = ps.get(i);
        if (!p.tokenStart() && !(i > 0 && Currencies.prefix(ps.get(i - 1).text()) != null) && !spokenDigits(i)) {
            return null;
        }
        Found vague = vague(i, previousEnd);
        if (vague != null) return vague;
        Found lexical = lexical(i, previousEnd);
        if (lexical != null) return lexical;
        Amount a = number(i);
        if (a == null) return null;
        if (a.malformed) {
            return new Found(List.of(mention(a, a, i, a.value, null, null, false)), a.end);
        }
        prefixCurrency(a, previousEnd);
        unitAfter(a);
        int score = scoreEnd(a);
        if (score > 0) return new Found(List.of(), score);
        // a range: "10-20", "10 to 20", "between 10 and 20", "$10 to $20", "6 to 12 inches"
        BigDecimal ownValue = a.value;
        Amount b = rangePartner(a);
        if (b != null) {
            unitAfter(b);
            if (!a.hasUnit && b.hasUnit) {
                a.kind = b.kind;
                a.unit = b.unit;
            } else if (a.hasUnit && !b.hasUnit && a.kind == FigureKind.MONEY) {
                b.kind = a.kind;
                b.unit = a.unit;
            }
            // one figure has one unit: "5 minutes to 10 hours" are two figures, not a range
            if (b.kind != a.kind || a.hasUnit && b.hasUnit && !Objects.equals(a.unit, b.unit)) {
                a.value = ownValue; // not "10 to 20 million": the scale of the other number is not this one's
                b = null;
            }
        }
        if (b == null) moneyCompound(a);
        NotFigures.Verdict verdict = NotFigures.judge(s, ps, a, b, codes);
        if (verdict == NotFigures.Verdict.NOT_FIGURE) {
            return new Found(List.of(), skipTo(b == null ? a.end : b.end));
        }
        boolean tentative = verdict == NotFigures.Verdict.ONE_IF_COUNTS_BESIDE;
        Qualifier q = qualifier(a.first, previousEnd);
        String qualifier = q.text();
        int qualifierFirst = q.first();
        if (qualifier == null && b == null) qualifier = postQualifier(a);
        if (b == null) {
            if (a.share) asShare(a);
            return new Found(List.of(mention(a, a, qualifierFirst, a.value, qualifier, null, false)), a.end, tentative);
        }
        if (b.share) {
            // "a fifth to a quarter of the herd", "between a third and a half of voters": a range of shares
            asShare(a);
            asShare(b);
        }
        if (!b.approximateRange && (changeFromTo(a) || changeThenLevel(a, b, qualifierFirst, ownValue))) {
            // "increased from 9 to 10", "rose $1.64 to $47.10": a change and the level it reached, not a range;
            // the ends share the unit
            NumberMention first = mention(a, b, qualifierFirst, a.value, qualifier, null, false);
            NumberMention second = new NumberMention(first.first(), first.last(), ps.get(b.first).start(),
                    ps.get(b.end - 1).end(), b.kind, b.value, b.unit, null, first.qualifierFirst(), null, false, false,
                    false);
            return new Found(List.of(first, second), b.end);
        }
        // one figure for the whole range, from its first number (with currency sign) to the second end's unit,
        // valued at its first number; "between" is read around like a qualifier but is not part of the text.
        // "one or two", "five or six hundred metres" are such a figure too, marked approximate
        Range range = new Range(a.value.min(b.value), a.value.max(b.value));
        boolean between = !b.approximateRange && a.first > 0 && ps.get(a.first - 1).lower().equals("between");
        int readFrom = between ? Math.min(qualifierFirst, a.first - 1) : qualifierFirst;
        Amount whole = new Amount();
        whole.first = a.first;
        whole.end = b.end;
        whole.kind = b.kind;
        whole.unit = b.hasUnit ? b.unit : a.unit;
        NumberMention m = mention(whole, whole, readFrom, range.from(), qualifier, range, false);
        return new Found(List.of(new NumberMention(m.first(), m.last(), m.start(), m.end(), m.kind(), m.value(),
                m.unit(), m.qualifier(), m.qualifierFirst(), range, false, b.approximateRange, false)), b.end);
    }

    /** "three-nought-four": number words joined by hyphens that make no compound are numbers of their own. */
    private boolean spokenDigits(int i) {
        return i >= 2 && ps.get(i - 1).text().equals("-") && !ps.get(i - 1).tokenStart()
                && NumberWords.wordValue(ps.get(i - 2).lower()) != null && NumberWords.wordValue(ps.get(i).lower()) != null;
    }

    /** A qualifier ("more than", "about") and its first piece; text null when there is none. */
    private record Qualifier(String text, int first) {
    }

    /** A fraction of a whole ("three quarters of the staff") as the percentage it is. */
    private static void asShare(Amount a) {
        a.kind = FigureKind.PERCENT;
        a.unit = "%";
        a.value = a.value.multiply(BigDecimal.valueOf(100)).round(MathContext.DECIMAL64);
    }

    /** Qualifiers written after the number or its unit: "200 or more visitors", "5 tonnes or so". */
    private static final Set<String> OR_AFTER = Set.of("more", "so", "less", "fewer", "above", "over", "under");

    /**
     * A qualifier after the number ("200 or more", "100 or so", "8,000-odd people", "the 100-plus guests") or after
     * its unit ("5 tonnes or more"), as written; null when there is none.
     */
    private String postQualifier(Amount a) {
        for (int k : new int[] {a.numberEnd, a.end}) {
            if (k + 1 < ps.size() && ps.get(k).lower().equals("or") && OR_AFTER.contains(ps.get(k + 1).lower())) {
                // not "10 or more than 20", which compares
                if (k + 2 < ps.size() && ps.get(k + 2).lower().equals("than")) return null;
                return "or " + ps.get(k + 1).lower();
            }
        }
        int k = a.numberEnd;
        if (k + 1 < ps.size() && ps.get(k).text().equals("-") && !ps.get(k).tokenStart()
                && (ps.get(k + 1).lower().equals("odd") || ps.get(k + 1).lower().equals("plus"))) {
            return ps.get(k + 1).lower(); // "8,000-odd", "100-plus"
        }
        return null;
    }

    /** The longest qualifier right before piece {@code first}, not reaching back into the previous figure. */
    /** Verbs whose "up" with "to" after it is a phrasal verb ("add up to 3,500"), not the bound "up to". */
    private static final Set<String> PHRASAL_UP = Set.of("add", "adds", "added", "adding", "sum", "sums", "summed",
            "summing", "tot", "tots", "totted", "totting", "made", "make", "makes", "making", "built", "build");

    private Qualifier qualifier(int first, int previousEnd) {
        // "about a 20 minute walk": the qualifier stands before the article
        if (first >= 2 && (ps.get(first - 1).lower().equals("a") || ps.get(first - 1).lower().equals("an"))
                && DigitNumber.parse(ps.get(first).text()) != null) {
            Qualifier q = qualifier(first - 1, previousEnd);
            if (q.text() != null) return q;
        }
        String best = null;
        int bestFirst = first;
        int bestLength = 0;
        for (String[] q : QUALIFIERS) {
            int start = first - q.length;
            if (start <= previousEnd || start < 0) continue;
            boolean ok = true;
            for (int x = 0; x < q.length && ok; x++) {
                ok = ps.get(start + x).lower().equals(q[x]);
            }
            // "will add up to 3,500", "sums up to": the verb's particle, no bound
            if (ok && q[0].equals("up") && start > 0 && PHRASAL_UP.contains(ps.get(start - 1).lower())) ok = false;
            if (ok && q.length > bestLength) {
                best = String.join(" ", q);
                bestFirst = start;
                bestLength = q.length;
            }
        }
        return new Qualifier(best, bestFirst);
    }

    /**
     * A number said by a word: "twice" (2 times; not "twice as many", "twice the size"), "a decade" and "the past
     * decade" (10 years), "a fortnight" (2 weeks), "a century" (100 years).
     */
    private Found lexical(int i, int previousEnd) {
        Piece p = ps.get(i);
        String w = p.lower();
        if (!p.tokenStart() || !p.tokenEnd()) return null;
        Amount a = new Amount();
        a.numberStart = i;
        a.numberEnd = i + 1;
        a.end = i + 1;
        a.words = true;
        if (w.equals("twice") || w.equals("thrice")) {
            if (i + 1 < ps.size() && MULTIPLIER_AFTER.contains(ps.get(i + 1).lower())) return new Found(List.of(), i + 1);
            a.first = i;
            a.value = BigDecimal.valueOf(w.equals("twice") ? 2 : 3);
        } else if (w.equals("half") && i + 2 < ps.size() && (ps.get(i + 1).lower().equals("an")
                || ps.get(i + 1).lower().equals("a")) && match(i + 2, Units.TIME) != null) {
            // "half an hour", "half a day"
            Unit u = match(i + 2, Units.TIME);
            a.first = i;
            a.end = i + 2 + u.tokens().size();
            a.kind = FigureKind.DURATION;
            a.hasUnit = true;
            a.unit = u.code();
            a.value = new BigDecimal("0.5");
            Qualifier q = qualifier(a.first, previousEnd);
            return new Found(List.of(mention(a, a, q.first(), a.value, q.text(), null, false)), a.end);
        } else if (w.equals("half") && i + 1 < ps.size() && ps.get(i + 1).lower().equals("of")
                && !(i > 0 && (ps.get(i - 1).lower().equals("first") || ps.get(i - 1).lower().equals("second")))) {
            // "half of all children": a share
            a.first = i;
            a.kind = FigureKind.PERCENT;
            a.hasUnit = true;
            a.unit = "%";
            a.value = BigDecimal.valueOf(50);
        } else if (w.equals("decade") || w.equals("fortnight") || w.equals("century")) {
            String d1 = i >= 1 ? ps.get(i - 1).lower() : "";
            String d2 = i >= 2 ? ps.get(i - 2).lower() : "";
            if (d1.equals("a")) {
                a.first = i - 1;
            } else if (d2.equals("the") && LEXICAL_DETERMINERS.contains(d1)) {
                a.first = i - 2;
            } else {
                return null;
            }
            if (a.first <= previousEnd) return null;
            a.kind = FigureKind.DURATION;
            a.hasUnit = true;
            a.unit = w.equals("fortnight") ? "week" : "year";
            a.value = BigDecimal.valueOf(w.equals("decade") ? 10 : w.equals("fortnight") ? 2 : 100);
        } else {
            return null;
        }
        Qualifier q = qualifier(a.first, previousEnd);
        return new Found(List.of(mention(a, a, q.first(), a.value, q.text(), null, false)), i + 1);
    }

    /** The pieces up to the end of the token holding piece {@code k - 1} are skipped. */
    private int skipTo(int k) {
        int j = k;
        while (j < ps.size() && j > 0 && !ps.get(j).tokenStart()) j++;
        return j;
    }

    private NumberMention mention(Amount a, Amount whole, int qualifierFirst, BigDecimal value, String qualifier,
            Range range, boolean vague) {
        int firstToken = ps.get(Math.min(qualifierFirst, a.first)).token();
        int lastToken = ps.get(whole.end - 1).lastToken();
        int start = ps.get(a.first).start();
        int end = ps.get(a.end - 1).end();
        return new NumberMention(firstToken, lastToken, start, end, a.kind, value, a.unit, qualifier,
                ps.get(qualifierFirst).token(), range, a.malformed, vague, vague);
    }

    // ------------------------------------------------------------------ numbers

    /** The number at piece i with the operators that may follow digits ("^", "x10^-4", "/5", "over 3", "in 5"). */
    private Amount number(int i) {
        NumberPhrase.Parsed p = NumberPhrase.parse(ps, i);
        if (p == null) return null;
        Amount a = new Amount();
        a.first = i;
        a.numberStart = i;
        a.end = p.end();
        a.value = p.value();
        a.malformed = p.malformed();
        a.words = p.words();
        a.digits = p.digits();
        a.fraction = p.fraction();
        a.scaled = p.scaled();
        if (a.malformed) {
            a.numberEnd = a.end;
            return a;
        }
        if (a.digits != null && !a.scaled) powerOrSlash(a);
        overOrIn(a);
        // "a quarter of a mile", "a quarter of a percentage point": a fraction of one unit
        if (a.fraction && a.value.abs().compareTo(BigDecimal.ONE) < 0 && a.end + 2 < ps.size()
                && ps.get(a.end).lower().equals("of") && (ps.get(a.end + 1).lower().equals("a")
                        || ps.get(a.end + 1).lower().equals("an"))) {
            Unit u = match(a.end + 2, Units.PERCENT);
            FigureKind kind = FigureKind.PERCENT;
            if (u == null && (u = match(a.end + 2, Units.TIME)) != null) kind = FigureKind.DURATION;
            if (u == null && (u = match(a.end + 2, Units.MEASURE)) != null) kind = FigureKind.QUANTITY;
            if (u == null && ps.get(a.end + 2).lower().equals("point")) {
                u = new Unit(List.of("point"), null);
                kind = FigureKind.COUNT;
            }
            if (u != null) {
                a.kind = kind;
                a.unit = u.code();
                a.hasUnit = true;
                a.end = a.end + 2 + u.tokens().size();
                a.numberEnd = a.end;
                return a;
            }
        }
        // "three quarters of the population", "1/4 of": a share of a whole (not "one third of a cup")
        boolean ofOne = a.end + 1 < ps.size() && (ps.get(a.end + 1).lower().equals("a") || ps.get(a.end + 1).lower().equals("an"));
        if (a.fraction && a.value.abs().compareTo(BigDecimal.ONE) < 0 && (a.end < ps.size()
                && ps.get(a.end).lower().equals("of") && !ofOne || a.words && i > 0
                && NumberPhrase.SHARE_QUALIFIERS.contains(ps.get(i - 1).lower()))) {
            a.share = true;
        }
        a.numberEnd = a.end;
        return a;
    }

    /** "1.1^23", "2.5^-1", "-1.1^--23", "6.23x10^-4", "-4/5" (pieces written without spaces). */
    private void powerOrSlash(Amount a) {
        int k = a.end;
        if (k + 1 < ps.size() && (ps.get(k).lower().equals("x10") || ps.get(k).lower().equals("×10"))
                && ps.get(k + 1).text().equals("^")) {
            Exponent e = exponent(k + 2);
            if (e != null) {
                a.value = a.value.multiply(pow(BigDecimal.TEN, e.value()), MathContext.DECIMAL64);
                a.end = e.next();
            }
            return;
        }
        if (k < ps.size() && ps.get(k).text().equals("^") && adjacent(k - 1, k)) {
            Exponent e = exponent(k + 1);
            if (e != null) {
                BigDecimal v = pow(a.value.abs(), e.value());
                a.value = a.value.signum() < 0 ? v.negate() : v;
                a.end = e.next();
            }
            return;
        }
        if (k + 1 < ps.size() && ps.get(k).text().equals("/") && adjacent(k - 1, k) && adjacent(k, k + 1)
                && a.digits.integer()) {
            DigitNumber den = DigitNumber.parse(ps.get(k + 1).text());
            if (den != null && den.value() != null && den.integer()
                    && DigitNumber.isFraction(a.value.abs(), den.value())) {
                a.value = a.value.divide(den.value(), DigitNumber.PRECISION);
                a.fraction = true;
                a.end = k + 2;
            }
        }
    }

    /** An exponent read at some piece, and the piece after it. */
    private record Exponent(int value, int next) {
    }

    /** The exponent at piece k: optional minus signs ("-", "--") then an integer. */
    private Exponent exponent(int k) {
        int sign = 1;
        int j = k;
        String t = j < ps.size() ? ps.get(j).text() : "";
        if (t.equals("-") || t.equals("--")) {
            sign = t.length() == 1 ? -1 : 1;
            j++;
        }
        if (j >= ps.size()) return null;
        DigitNumber d = DigitNumber.parse(ps.get(j).text());
        if (d == null || d.value() == null || !d.integer() || d.value().abs().intValue() > 100) return null;
        return new Exponent(sign * d.value().intValue(), j + 1);
    }

    private static BigDecimal pow(BigDecimal base, int exp) {
        if (exp >= 0) return base.pow(exp, MathContext.DECIMAL64);
        return BigDecimal.ONE.divide(base.pow(-exp, MathContext.DECIMAL64), MathContext.DECIMAL64);
    }

    private boolean adjacent(int a, int b) {
        return ps.get(a).end() == ps.get(b).start();
    }

    /**
     * "one over three", "2000 over 3" (a ratio when nothing measured follows); "1 in twenty-one", "nine in 10
     * people", "one in every five" (a proportion, read as a percentage).
     */
    private void overOrIn(Amount a) {
        int k = a.end;
        if (k + 1 >= ps.size() || a.fraction) return;
        String w = ps.get(k).lower();
        int denominator = k + 1;
        // ("three out of every four" stays two counts, as test sets of numbers and of Chinese news count them)
        if (w.equals("in") && denominator < ps.size() && ps.get(denominator).lower().equals("every")) denominator++;
        if (!w.equals("over") && !w.equals("in") || denominator >= ps.size()) return;
        NumberPhrase.Parsed d = NumberPhrase.parse(ps, denominator);
        if (d == null || d.value() == null || d.malformed() || d.value().signum() <= 0 || d.fraction()) return;
        int after = d.end();
        boolean measured = after < ps.size() && (matchAny(after) || isNoun(after));
        if (w.equals("over")) {
            if (measured || NotFigures.looksLikeYear(d, ps, denominator)) return;
            a.value = a.value.divide(d.value(), DigitNumber.PRECISION);
            a.end = after;
            a.fraction = true;
            return;
        }
        BigDecimal n = a.value;
        if (n.signum() <= 0 || n.compareTo(d.value()) >= 0 || n.scale() > 0 || d.value().scale() > 0
                || NotFigures.looksLikeYear(d, ps, denominator) || matchAny(after)) {
            return;
        }
        boolean base = PROPORTION_BASES.contains(d.value().intValue()) || n.compareTo(BigDecimal.ONE) == 0;
        if (!base && measured) return;
        a.value = n.divide(d.value(), DigitNumber.PRECISION);
        a.end = after;
        a.fraction = true;
        a.share = true;
    }

    private boolean isNoun(int k) {
        Token t = s.token(ps.get(k).token());
        return t.isNoun() && !Set.of("and", "or").contains(ps.get(k).lower());
    }

    private boolean matchAny(int k) {
        return match(k, Units.PERCENT) != null || match(k, Currencies.names()) != null || match(k, Units.TIME) != null
                || match(k, Units.MEASURE) != null;
    }

    // ------------------------------------------------------------------ vague amounts

    /**
     * "thousands of", "tens of thousands of", "hundreds of millions of yuan", "dozens of", "several hundred": an
     * amount with no exact value. The figure keeps its words and no value; the stage warns VAGUE_AMOUNT.
     */
    private Found vague(int i, int previousEnd) {
        String w = ps.get(i).lower();
        int k = i;
        if (VAGUE_DETERMINERS.contains(w) && i + 1 < ps.size()
                && NumberWords.scale(ps.get(i + 1).lower(), false) != null && !(w.equals("some") && isDigitAhead(i + 2))) {
            // "several hundred", "a few thousand"
            k = i + 2;
            while (k < ps.size() && NumberWords.scale(ps.get(k).lower(), false) != null) k++;
            int first = i > 0 && ps.get(i - 1).lower().equals("a") && w.equals("few") ? i - 1 : i;
            return vagueFound(first, k, previousEnd);
        }
        if (!VAGUE_HEADS.contains(w)) return null;
        k = i + 1;
        // "tens of thousands", "hundreds of millions"
        while (k + 1 < ps.size() && ps.get(k).lower().equals("of") && VAGUE_HEADS.contains(ps.get(k + 1).lower())
                && !ps.get(k + 1).lower().equals("dozens") && !ps.get(k + 1).lower().equals("tens")) {
            k += 2;
        }
        if (w.equals("tens") && k == i + 1) return null; // "tens" alone is no amount
        if (w.equals("scores") && (k >= ps.size() || !ps.get(k).lower().equals("of"))) return null;
        boolean of = k < ps.size() && ps.get(k).lower().equals("of");
        if (!of && !(s.token(ps.get(i).token()).isNoun() || s.token(ps.get(i).token()).pos().equals("CD"))) return null;
        if (!of && k < ps.size() && !NotFigures.isClauseEnd(ps.get(k)) && !s.token(ps.get(k).token()).isVerb()
                && !s.token(ps.get(k).token()).pos().equals("MD")) {
            return null; // "hundreds" as a noun modifier, or part of a name
        }
        return vagueFound(i, k, previousEnd);
    }

    private boolean isDigitAhead(int k) {
        return k < ps.size() && DigitNumber.parse(ps.get(k).text()) != null;
    }

    private Found vagueFound(int first, int end, int previousEnd) {
        Amount a = new Amount();
        a.first = first;
        a.numberStart = first;
        a.end = end;
        a.numberEnd = end;
        // "billions of euros": the currency after "of" makes it money
        if (end + 1 < ps.size() && ps.get(end).lower().equals("of")) {
            Unit c = match(end + 1, Currencies.names());
            if (c != null && !c.tokens().get(0).equals("won")) {
                a.kind = FigureKind.MONEY;
                a.unit = c.code();
                a.end = end + 1 + c.tokens().size();
            }
        }
        Qualifier q = qualifier(first, previousEnd);
        NumberMention m = mention(a, a, q.first(), null, q.text(), null, true);
        return new Found(List.of(m), a.end);
    }

    // ------------------------------------------------------------------ currency and units

    /** A currency sign or code before the number: "$", "US$", "hk $", "cad$", "RMB", "USD", "sen". */
    private void prefixCurrency(Amount a, int previousEnd) {
        int k = a.first - 1;
        if (k <= previousEnd || k < 0) return;
        Currencies.Currency c = Currencies.prefix(ps.get(k).text());
        if (c == null) return;
        a.kind = FigureKind.MONEY;
        a.unit = c.iso();
        a.minor = c.minor();
        a.hasUnit = true;
        a.first = k;
        if (ps.get(k).text().equals("$") && k - 1 > previousEnd && k >= 1) {
            Piece q = ps.get(k - 1);
            String iso = Currencies.dollarQualifier(q.text());
            boolean glued = adjacent(k - 1, k);
            boolean spacedOk = q.text().length() > 1 && !q.lower().equals("as") || q.text().equals("C")
                    || q.text().equals("c") || q.text().equals("A") || q.text().equals("S");
            if (iso != null && (glued || spacedOk)) {
                a.unit = iso;
                a.first = k - 1;
            }
        }
    }

    /** The unit after the number (or after a range's end): percent, currency, time or measure. */
    private void unitAfter(Amount a) {
        int k = a.end;
        // "10-day", "500-metre": the unit glued by a hyphen inside the token
        boolean hyphenated = k + 1 < ps.size() && ps.get(k).text().equals("-") && !ps.get(k).tokenStart()
                && !ps.get(k + 1).tokenStart();
        if (hyphenated) k++;
        Unit u;
        if ((u = match(k, Units.PERCENT)) != null && !hyphenated) {
            if (a.kind == FigureKind.MONEY) return;
            a.kind = FigureKind.PERCENT;
            set(a, u, k);
            return;
        }
        Currencies.ScaledCode scaled = k < ps.size() ? Currencies.scaledCode(ps.get(k).text()) : null;
        if (scaled != null && (a.kind != FigureKind.MONEY || scaled.iso().equals(a.unit))) {
            a.kind = FigureKind.MONEY;
            a.value = a.value.multiply(scaled.multiplier());
            a.unit = scaled.iso();
            a.hasUnit = true;
            a.end = k + 1;
            return;
        }
        if ((u = match(k, Currencies.names())) != null && (a.kind != FigureKind.MONEY || a.unit == null
                || a.unit.equals(u.code()) || u.code() == null) && !hyphenated && currencyWordOk(k, u)) {
            String prefixUnit = a.kind == FigureKind.MONEY ? a.unit : null;
            a.kind = FigureKind.MONEY;
            set(a, u, k);
            if (a.unit == null) a.unit = prefixUnit;
            if (a.end < ps.size() && Currencies.isMinor(ps.get(a.end).text()) && ps.get(a.end).text().length() > 1) {
                // "50 euro cents": the minor unit of that currency, valued as written
                a.unit = null;
                a.minor = true;
                a.end++;
            }
            return;
        }
        if (k < ps.size() && !hyphenated && a.kind != FigureKind.MONEY && Currencies.suffixSymbol(ps.get(k).text()) != null
                && suffixSymbolOk(k)) {
            a.kind = FigureKind.MONEY;
            a.unit = Currencies.suffixSymbol(ps.get(k).text());
            a.hasUnit = true;
            a.end = k + 1;
            return;
        }
        if (k < ps.size() && !hyphenated && ps.get(k).lower().equals("grand") && a.kind != FigureKind.MONEY
                && (k + 1 >= ps.size() || !s.token(ps.get(k + 1).token()).isNoun())) {
            // "5 grand": thousands of the local currency, which the text does not name
            a.kind = FigureKind.MONEY;
            a.value = a.value.multiply(BigDecimal.valueOf(1000));
            a.unit = null;
            a.hasUnit = true;
            a.end = k + 1;
            return;
        }
        if (k < ps.size() && !hyphenated && Currencies.isMinor(ps.get(k).text()) && a.kind != FigureKind.MONEY
                && !(ps.get(k).text().equals("p") && (!adjacent(k - 1, k) || k + 1 < ps.size()
                        && ps.get(k + 1).text().equals(":")))) {
            a.kind = FigureKind.MONEY;
            a.unit = null;
            a.minor = true;
            a.hasUnit = true;
            a.end = k + 1;
            return;
        }
        if (a.kind == FigureKind.MONEY) return;
        int m = k;
        while (!hyphenated && m < ps.size() && Units.TIME_MODIFIERS.contains(ps.get(m).lower()) && m - k < 2) m++;
        if ((u = match(m, Units.TIME)) != null) {
            a.kind = FigureKind.DURATION;
            set(a, u, m);
            return;
        }
        if ((u = match(k, Units.MEASURE)) != null && measureOk(k, u, hyphenated)) {
            a.kind = FigureKind.QUANTITY;
            set(a, u, k);
        }
    }

    private void set(Amount a, Unit u, int k) {
        a.unit = u.code();
        a.hasUnit = true;
        a.end = k + u.tokens().size();
    }

    /** A currency name after a number is money unless it is a verb or a name ("they won", "Won Sei-hoon"). */
    /** Codes written in lower case as often as in capitals, and no English word ("100 usd", "50 rmb"). */
    private static final Set<String> NAMED_CODES = Set.of("usd", "rmb", "eur", "gbp", "cny", "jpy", "hkd");

    private boolean currencyWordOk(int k, Unit u) {
        String w = u.tokens().get(0);
        Token t = s.token(ps.get(k).token());
        if (w.equals("won") || w.equals("rand") || w.equals("real") || w.equals("kip")) {
            return t.isNoun() && !t.isCapitalized();
        }
        // a code is written in capitals ("48 PEN"; "Thompson 48 pen" is a goal from a penalty)
        if (u.tokens().size() == 1 && w.length() == 3 && Currencies.CODES.contains(w.toUpperCase(Locale.ROOT))
                && !NAMED_CODES.contains(w) && !t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
            return false;
        }
        // "2,000 pounds of explosives": weight; sterling is written "£" or "pounds sterling" far more often
        if ((w.equals("pounds") || w.equals("pound")) && u.tokens().size() == 1 && k + 1 < ps.size()
                && ps.get(k + 1).lower().equals("of")) {
            return false;
        }
        return true;
    }

    /** "10 €", "100 ₡", "10 $ 30 cent": a symbol after the number, unless it begins the next amount ("1 $ 10"). */
    private boolean suffixSymbolOk(int k) {
        if (k + 1 >= ps.size()) return true;
        NumberPhrase.Parsed next = NumberPhrase.parse(ps, k + 1);
        if (next == null) return true;
        // "10 $ 30 cent": the cents belong to the same amount
        return next.end() < ps.size() && Currencies.isMinor(ps.get(next.end()).text());
    }

    /** Single-letter units only in lower case as written ("5 g", not "5G"); "points" only after digits. */
    private boolean measureOk(int k, Unit u, boolean hyphenated) {
        String text = ps.get(k).text();
        if (text.length() != 1 || !Character.isLetter(text.charAt(0)) || u.tokens().size() > 1) return true;
        if (!text.equals("l") && !text.equals("L") && !Character.isLowerCase(text.charAt(0))) return false;
        if (ps.get(k).tokenStart() && !hyphenated) {
            // a letter standing alone after a number is rarely a unit ("5 t", "grade 3 a")
            return text.equals("l") || text.equals("L") || text.equals("g");
        }
        return true;
    }

    /** The multi-piece unit of {@code units} starting at piece k, or null. */
    Unit match(int k, List<Unit> units) {
        for (Unit u : units) {
            boolean ok = true;
            for (int x = 0; x < u.tokens().size() && ok; x++) {
                ok = k + x < ps.size() && ps.get(k + x).lower().equals(u.tokens().get(x));
            }
            if (ok) return u;
        }
        return null;
    }

    // ------------------------------------------------------------------ ranges and compounds

    /**
     * A score ("1 – 0", "3-1 win", "lost 1 – 2"): two small integers joined by a dash, the second no greater than the
     * first or written where results are ("defeated Panama 3 – 0", "a 2-1 victory"). Returns the piece after the
     * score, or 0 when it is none.
     */
    private int scoreEnd(Amount a) {
        if (a.digits == null || a.hasUnit || a.scaled || !a.digits.integer() || a.value.intValue() > 30) return 0;
        int k = a.end;
        if (k + 1 >= ps.size() || !Set.of("-", "–", "—", ":").contains(ps.get(k).text())) return 0;
        DigitNumber d = DigitNumber.parse(ps.get(k + 1).text());
        if (d == null || d.value() == null || !d.integer() || d.value().intValue() > 30) return 0;
        if (ps.get(k).text().equals(":") && !ps.get(k).tokenStart()) return 0;
        Piece after = k + 2 < ps.size() ? ps.get(k + 2) : null;
        if (after != null && (match(k + 2, Units.PERCENT) != null || match(k + 2, Units.TIME) != null
                || NumberWords.scale(after.lower(), false) != null
                || match(k + 2, Units.MEASURE) != null || match(k + 2, Currencies.names()) != null)) {
            return 0;
        }
        Token before = a.first > 0 ? s.token(ps.get(a.first - 1).token()) : null;
        boolean resultWord = before != null && (before.isProperNoun() && before.isCapitalized()
                || RESULT_WORDS.contains(before.lower())) || after != null && RESULT_WORDS.contains(after.lower());
        if (d.value().compareTo(a.value) <= 0 && ps.get(k).text().equals(":")) return resultWord ? k + 2 : 0;
        return d.value().compareTo(a.value) <= 0 || resultWord ? k + 2 : 0;
    }

    /** The other end of a range after {@code a}, or null. */
    private Amount rangePartner(Amount a) {
        int k = a.end;
        if (k + 1 >= ps.size() || a.value == null || a.share) return null;
        String glue = ps.get(k).lower();
        boolean between = a.first > 0 && ps.get(a.first - 1).lower().equals("between");
        boolean or = glue.equals("or");
        if (!(RANGE_GLUE.contains(glue) || between && glue.equals("and") || or)) return null;
        int j = k + 1;
        Currencies.Currency c = Currencies.prefix(ps.get(j).text());
        int numberAt = c != null && j + 1 < ps.size() ? j + 1 : j;
        if (c != null && (a.kind != FigureKind.MONEY || c.iso() != null && !c.iso().equals(a.unit))) return null;
        if (!ps.get(numberAt).tokenStart() && !ps.get(k).text().equals("-") && !ps.get(k).text().equals("–")) return null;
        Amount b = number(numberAt);
        if (b == null || b.malformed || b.value == null) return null;
        // "a fifth to a quarter of the herd": word fractions make a range only with each other, and then the
        // second end's "of" makes the whole range a share
        boolean fractions = a.fraction && b.fraction;
        if (a.fraction && a.words && !(fractions && b.words) || b.share && !fractions) return null;
        // "fell by 23% from 36,185 in 2003 to 28,041": a year, then a figure, is no range
        if ((yearAfterPreposition(a) || a.first > 0 && ps.get(a.first - 1).lower().equals("by") && !a.hasUnit
                && NotFigures.yearLike(ps, a)) && !NotFigures.yearLike(ps, b)) {
            return null; // also "to double by 2010 to 1.3 billion"
        }
        // "three-nought-four": number words in a chain of hyphens are spoken digits, not a range
        if (a.words && b.words && glue.equals("-") && (spokenDigits(a.numberStart) || b.end + 1 < ps.size()
                && ps.get(b.end).text().equals("-") && !ps.get(b.end).tokenStart()
                && NumberWords.wordValue(ps.get(b.end + 1).lower()) != null)) {
            return null;
        }
        b.first = j;
        if (c != null) {
            b.kind = FigureKind.MONEY;
            b.unit = a.unit;
            b.hasUnit = true;
        }
        // "10 to 20 million", "five or six hundred": the scale of the second end applies to the first
        BigDecimal aBase = a.value;
        BigDecimal bBase = b.value;
        if (b.scaled && !a.scaled) {
            bBase = firstValue(b.numberStart);
            if (bBase == null || bBase.signum() <= 0) return null;
            if (a.value.compareTo(bBase) < 0) {
                a.value = a.value.multiply(b.value.divide(bBase, MathContext.DECIMAL64));
            } else if (b.words) {
                return null;
            } else {
                bBase = b.value;
            }
        }
        // "a quarter to a fifth of the herd": fractions may be written larger first
        if (b.value.compareTo(a.value) == 0 || b.value.compareTo(a.value) < 0 && !(fractions && a.words)) return null;
        // "two or three", "five or six hundred": neighbours joined by "or" are an approximation
        if (or) {
            if (aBase.scale() > 0 || bBase.scale() > 0 || bBase.subtract(aBase).compareTo(BigDecimal.ONE) != 0) return null;
            b.approximateRange = true;
        }
        return b;
    }

    /**
     * Whether "from A to B" at {@code a} is a change ("increased from 9 to 10", "raised the limit for investment in
     * telecoms from 49% to 74%", "went up from"): a word of change earlier in its clause, no range word
     * ("ranging") nor other number between.
     */
    private boolean changeFromTo(Amount a) {
        if (a.first < 1 || !ps.get(a.first - 1).lower().equals("from")) return false;
        int from = ps.get(a.first - 1).token();
        for (int k = from - 1; k >= 0 && k >= from - 12; k--) {
            Token t = s.token(k);
            String w = t.lower();
            if (w.equals(";") || w.equals(":") || RANGE_WORDS.contains(w) || DigitNumber.parse(t.word()) != null
                    || NumberWords.wordValue(w) != null) {
                return false;
            }
            if (isOneOf(t, CHANGE_WORDS)) return true;
            if (k == from - 1 && isOneOf(t, CHANGE_NEAR)) return true;
        }
        return false;
    }

    /**
     * Whether "A to B" after a verb of change is the change and the level reached ("rose $1.64 to $47.10", "fell
     * 11,000 to 813,200", "increased by 296,000 to 28.52 million"), not a range of the change ("rise by 10 to 15%",
     * "jumped 20 to 30", "grew 2 to 3 million"): "to" joins them, both ends name their unit or neither does (then
     * the level is at least three times the change) and the second end's scale is not the first's.
     */
    private boolean changeThenLevel(Amount a, Amount b, int qualifierFirst, BigDecimal ownValue) {
        if (!ps.get(a.end).lower().equals("to") || a.value.compareTo(ownValue) != 0) return false;
        if (a.hasUnit != b.hasUnit) return false;
        if (!a.hasUnit && b.value.compareTo(a.value.multiply(BigDecimal.valueOf(3))) < 0) return false;
        int k = ps.get(qualifierFirst).token() - 1;
        Token t = s.token(k);
        if (t == null) return false;
        if (t.lower().equals("by")) {
            if (!a.hasUnit && NotFigures.yearLike(ps, a)) return false; // "to double by 2010 to 1.3 billion"
            // "increased by", "boost net income by": a word of change shortly before "by"
            for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                Token v = s.token(j);
                if (isOneOf(v, CHANGE_WORDS)) return true;
                if (v.lower().equals(",") || v.lower().equals(";")) return false;
            }
            return false;
        }
        return isOneOf(t, CHANGE_THEN_LEVEL);
    }

    /** Whether the token, as written or by its lemma, is one of {@code words}. */
    private static boolean isOneOf(Token t, Set<String> words) {
        return words.contains(t.lower()) || words.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "in 2003", "during 2004", "since 1999": a bare year after a preposition of time. */
    private boolean yearAfterPreposition(Amount a) {
        return a.first > 0 && a.first == a.numberStart && !a.hasUnit && NotFigures.yearLike(ps, a)
                && YEAR_PREPOSITIONS.contains(ps.get(a.first - 1).lower());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> x : sets) all.addAll(x);
        return Set.copyOf(all);
    }

    /** The value of the single number word or digit token at piece k ("six" in "six hundred"), or null. */
    private BigDecimal firstValue(int k) {
        DigitNumber d = DigitNumber.parse(ps.get(k).text());
        if (d != null) return d.value();
        return NumberWords.wordValue(ps.get(k).lower());
    }

    /**
     * "thirteen dollars forty-five cents", "15 dollars and 50", "17 USD 25", "10 $ 30 cent": whole units then
     * hundredths of them.
     */
    private void moneyCompound(Amount a) {
        if (a.kind != FigureKind.MONEY || a.minor || a.value == null || a.end >= ps.size()) return;
        int k = a.end;
        boolean and = ps.get(k).lower().equals("and");
        if (and) k++;
        if (k >= ps.size()) return;
        NumberPhrase.Parsed c = NumberPhrase.parse(ps, k);
        if (c == null || c.value() == null || c.fraction() || c.scaled() || c.value().signum() <= 0
                || c.value().compareTo(BigDecimal.valueOf(100)) >= 0 || c.value().scale() > 0) {
            return;
        }
        if (c.digits() != null && c.digits().grouped()) return;
        int after = c.end();
        boolean cents = after < ps.size() && Currencies.isMinor(ps.get(after).text());
        if (!cents && after < ps.size() && !NotFigures.isClauseEnd(ps.get(after))) return;
        if (!cents && !and && after < ps.size() && !ps.get(after).text().equals(".")) return;
        a.value = a.value.add(c.value().movePointLeft(2));
        a.end = cents ? after + 1 : after;
    }
}
