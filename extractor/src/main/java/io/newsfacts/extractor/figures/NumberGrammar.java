package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.figures.Units.Unit;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Range;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.Months;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number grammar: finds figures in a sentence's tokens. A figure is a number (digits, words, a scale) with
 * an optional currency sign before it, a unit after it, a range partner and a qualifier; dates, years, clock
 * times, ordinals, codes and scores are not figures. Stateless and thread-safe.
 */
final class NumberGrammar {
    private static final Pattern RANGE_TOKEN = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)[-–](\\d[\\d,]*(?:\\.\\d+)?)");
    /** Words after which a number is a label, not an amount ("No. 5", "Article 3"). */
    private static final Set<String> LABEL_WORDS = Set.of("no.", "no", "nos.", "number", "article", "articles",
            "section", "chapter", "clause", "paragraph", "room", "flight", "route", "page", "pages", "vol.",
            "volume", "part", "item", "rule", "level", "phase", "grade", "episode", "season", "line", "bus", "gate",
            "highway", "platform", "apollo", "channel", "#", "version", "model", "unit", "ward", "block", "building",
            "floor", "lot", "case", "resolution", "act", "amendment", "group", "team", "division", "district",
            "road", "street", "avenue", "lane", "tel", "tel.", "phone", "fax", "code", "id", "isbn", "sec.",
            "art.", "para.", "figure", "table", "step", "stage", "round", "covid", "covid-");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "of", "by", "from", "until", "till",
            "before", "after", "during", "to", "and", "through", "between", "year", "early", "late", "mid",
            "end", "summer", "winter", "spring", "autumn", "fall", "the", "'s", ",");
    private static final String[][] QUALIFIERS = {
        {"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"up", "to"}, {"as", "many", "as"},
        {"as", "much", "as"}, {"close", "to"}, {"no", "more", "than"}, {"no", "less", "than"}, {"not", "less", "than"},
        {"no", "fewer", "than"}, {"in", "excess", "of"}, {"upwards", "of"}, {"at", "most"}, {"over"}, {"nearly"},
        {"about"}, {"around"}, {"almost"}, {"approximately"}, {"roughly"}, {"some"}, {"under"}, {"above"},
        {"below"}, {"approx."}, {"estimated"}, {"an", "estimated"}, {"just", "over"}, {"just", "under"},
        {"well", "over"}, {"more", "then"}};

    private NumberGrammar() {
    }

    /** The core of a number at token i: tokens [i, end), its value (null if malformed). */
    private record Core(int end, BigDecimal value, boolean malformed, boolean word, boolean vague,
            DigitNumber digits, Range range) {
    }

    static List<NumberMention> find(Sentence s) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            NumberMention m = mentionAt(s, i, out.isEmpty() ? -1 : out.get(out.size() - 1).last());
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last() + 1;
            }
        }
        return out;
    }

    private static NumberMention mentionAt(Sentence s, int i, int previousEnd) {
        Core core = core(s, i);
        if (core == null) return null;
        Token t = s.token(i);
        Token prev = s.token(i - 1);
        int first = i;
        int j = core.end;
        String unit = null;
        FigureKind kind = FigureKind.COUNT;
        // a currency sign or code before the number
        if (prev != null && i - 1 > previousEnd) {
            String cur = Units.CURRENCY_PREFIX.get(Units.lower(prev.word()));
            if (cur != null) {
                unit = cur;
                kind = FigureKind.MONEY;
                first = i - 1;
                Token pp = s.token(i - 2);
                if (cur.equals("USD") && pp != null && pp.word().equals("US") && i - 2 > previousEnd) first = i - 2;
            }
        }
        if (core.digits != null && core.digits.suffix() != null && core.digits.suffix().equals("m")
                && kind != FigureKind.MONEY) {
            return null; // "20m" alone may be metres: only with a currency is it millions
        }
        BigDecimal value = core.value;
        Range range = core.range;
        // a range: "10-20", "10 to 20", "between 10 and 20", "from 3 to 5"
        Token next = s.token(j);
        if (range == null && next != null && core.value != null) {
            String w = Units.lower(next.word());
            boolean between = prev != null && Units.lower(prev.word()).equals("between");
            if (w.equals("-") || w.equals("–") || w.equals("to") || (between && w.equals("and"))) {
                Core second = core(s, j + 1);
                if (second != null && second.value != null && !second.vague
                        && second.value.compareTo(core.value) > 0) {
                    range = new Range(core.value, second.value);
                    j = second.end;
                }
            }
        }
        // the unit after the number
        int k = j;
        Unit u;
        if ((u = match(s, k, Units.PERCENT)) != null) {
            kind = FigureKind.PERCENT;
            unit = u.code();
            k += u.tokens().size();
        } else if ((u = match(s, k, Units.CURRENCY_SUFFIX)) != null && (kind != FigureKind.MONEY
                || u.code().equals(unit))) {
            kind = FigureKind.MONEY;
            unit = u.code();
            k += u.tokens().size();
        } else if (kind != FigureKind.MONEY) {
            int m = k;
            while (s.token(m) != null && Units.TIME_MODIFIERS.contains(Units.lower(s.token(m).word()))
                    && m - k < 2) {
                m++;
            }
            if ((u = match(s, m, Units.TIME)) != null) {
                kind = FigureKind.DURATION;
                unit = u.code();
                k = m + u.tokens().size();
            } else if ((u = match(s, k, Units.MEASURE)) != null) {
                kind = FigureKind.QUANTITY;
                unit = u.code();
                k += u.tokens().size();
            }
        }
        int last = k - 1;
        if (excluded(s, i, core, kind, k, range)) return null;
        // a qualifier before it
        String qualifier = null;
        int qualifierFirst = first;
        for (String[] q : QUALIFIERS) {
            int start = first - q.length;
            if (start <= previousEnd || start < 0) continue;
            boolean ok = true;
            for (int x = 0; x < q.length && ok; x++) {
                ok = Units.lower(s.token(start + x).word()).equals(q[x]);
            }
            if (ok && (qualifier == null || q.length > qualifier.split(" ").length)) {
                qualifier = String.join(" ", q);
                qualifierFirst = start;
            }
        }
        if (core.vague && qualifier == null) qualifier = "more than";
        return new NumberMention(first, last, i, core.end - 1, kind, value, unit, qualifier, qualifierFirst, range,
                core.malformed, core.vague);
    }

    /** Dates, years, times, labels, scores, and a bare "one": not figures. */
    private static boolean excluded(Sentence s, int i, Core core, FigureKind kind, int after, Range range) {
        Token t = s.token(i);
        Token prev = s.token(i - 1);
        Token next = s.token(core.end);
        if (prev != null && isMonth(prev) && !core.word) return true; // "October 26"
        if (next != null && isMonth(next) && !core.word && kind == FigureKind.COUNT) return true; // "26 October"
        if (next != null && core.end == i + 1 && Set.of("a.m.", "p.m.", "am", "pm", "gmt", "bst", "hrs", "o'clock")
                .contains(Units.lower(next.word()))) {
            return true;
        }
        if (prev != null && LABEL_WORDS.contains(Units.lower(prev.word())) && prev.isCapitalized()
                && kind == FigureKind.COUNT) {
            return true;
        }
        if (prev != null && Set.of("no.", "#", "nos.").contains(Units.lower(prev.word()))) return true;
        if (core.digits != null && kind == FigureKind.COUNT && range == null && isYear(s, i, core)) return true;
        if (core.word && core.end == i + 1 && kind == FigureKind.COUNT && range == null) {
            String w = Units.lower(t.word());
            if (w.equals("one")) return true; // a determiner or pronoun far more often than a count
            if (t.isCapitalized() && i > 0) return true; // part of a name ("Formula One", "Channel Four")
            if (next != null && Units.lower(next.word()).equals("of") && w.equals("one")) return true;
        }
        if (core.word && kind == FigureKind.COUNT && next != null && next.word().equals("-")) return true;
        return false;
    }

    private static boolean isYear(Sentence s, int i, Core core) {
        DigitNumber d = core.digits;
        if (d.grouped() || !d.integer() || core.end != i + 1 || s.token(i).word().length() != 4) return false;
        int v = core.value.intValue();
        if (v < 1900 || v > 2100) return false;
        Token next = s.token(i + 1);
        Token prev = s.token(i - 1);
        boolean countNoun = next != null && next.pos().equals("NNS") && !Units.lower(next.word()).equals("s");
        if (countNoun && (prev == null || !YEAR_PREPOSITIONS.contains(Units.lower(prev.word())))) return false;
        return true;
    }

    private static boolean isMonth(Token t) {
        return t.isCapitalized() && Months.number(t.word()) > 0 && (t.pos().startsWith("NNP") || t.word().length() > 3);
    }

    /** The multi-token unit of {@code units} starting at token k, or null. */
    private static Unit match(Sentence s, int k, List<Unit> units) {
        for (Unit u : units) {
            boolean ok = true;
            for (int x = 0; x < u.tokens().size() && ok; x++) {
                Token t = s.token(k + x);
                ok = t != null && Units.lower(t.word()).equals(u.tokens().get(x));
            }
            if (ok) return u;
        }
        return null;
    }

    /** The number starting at token i (digits with scales, or number words), or null. */
    private static Core core(Sentence s, int i) {
        Token t = s.token(i);
        if (t == null) return null;
        String w = t.word();
        Matcher rm = RANGE_TOKEN.matcher(w);
        if (rm.matches()) {
            DigitNumber a = DigitNumber.parse(rm.group(1));
            DigitNumber b = DigitNumber.parse(rm.group(2));
            if (a == null || b == null || a.malformed() || b.malformed()) return null;
            int k = i + 1;
            BigDecimal mult = BigDecimal.ONE;
            BigDecimal sc;
            while (s.token(k) != null && (sc = NumberWords.scale(s.token(k).word(), false)) != null) {
                mult = mult.multiply(sc);
                k++;
            }
            BigDecimal from = a.value().multiply(mult);
            BigDecimal to = b.value().multiply(mult);
            if (to.compareTo(from) <= 0) return null; // "2-1": a score or a code, not a range
            return new Core(k, from, false, false, false, a, new Range(from, to));
        }
        DigitNumber d = DigitNumber.parse(w);
        if (d != null) {
            if (d.malformed()) return new Core(i + 1, null, true, false, false, d, null);
            BigDecimal v = d.value();
            int k = i + 1;
            BigDecimal sc;
            while (s.token(k) != null && (sc = NumberWords.scale(s.token(k).word(), false)) != null) {
                v = v.multiply(sc);
                k++;
            }
            return new Core(k, v, false, false, false, d, null);
        }
        return wordCore(s, i);
    }

    private static Core wordCore(Sentence s, int i) {
        String w0 = Units.lower(s.token(i).word());
        // vague amounts: "dozens of", "hundreds of", "thousands of", "tens of thousands of"
        if (Set.of("dozens", "hundreds", "thousands", "millions", "billions", "tens").contains(w0)) {
            int k = i + 1;
            BigDecimal v = w0.equals("dozens") ? BigDecimal.valueOf(12)
                    : w0.equals("tens") ? BigDecimal.TEN : NumberWords.scale(w0, true);
            if (w0.equals("tens") || w0.equals("hundreds")) {
                Token of = s.token(k);
                Token sc = s.token(k + 1);
                BigDecimal m;
                if (of != null && Units.lower(of.word()).equals("of") && sc != null
                        && (m = NumberWords.scale(sc.word(), true)) != null && Units.lower(sc.word()).endsWith("s")) {
                    v = v.multiply(m);
                    k += 2;
                } else if (w0.equals("tens")) {
                    return null;
                }
            }
            Token of = s.token(k);
            if (of == null || !Units.lower(of.word()).equals("of")) return null;
            return new Core(k, v, false, true, true, null, null);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean lastWasScale = false;
        int k = i;
        while (s.token(k) != null) {
            String w = Units.lower(s.token(k).word());
            BigDecimal small = NumberWords.wordValue(w);
            BigDecimal sc = NumberWords.scale(w, false);
            if (w.equals("a") && !any && s.token(k + 1) != null
                    && (NumberWords.scale(s.token(k + 1).word(), false) != null
                            || Units.lower(s.token(k + 1).word()).equals("dozen"))) {
                current = BigDecimal.ONE;
                any = true;
                k++;
                continue;
            }
            if (w.equals("dozen") && any) {
                current = current.multiply(BigDecimal.valueOf(12));
                lastWasScale = true;
            } else if (small != null && !w.equals("dozen")) {
                if (any && !lastWasScale && current.compareTo(BigDecimal.ZERO) > 0
                        && !(current.intValue() % 10 == 0 && current.intValue() >= 20 && small.intValue() < 10)) {
                    break; // "two three" is two numbers
                }
                current = current.add(small);
                any = true;
                lastWasScale = false;
            } else if (sc != null && any) {
                if (sc.intValue() == 100) {
                    current = current.multiply(sc);
                } else {
                    total = total.add(current.multiply(sc));
                    current = BigDecimal.ZERO;
                }
                lastWasScale = true;
            } else if (w.equals("and") && any && lastWasScale && s.token(k + 1) != null
                    && NumberWords.wordValue(s.token(k + 1).word()) != null) {
                // "two hundred and fifty"
            } else if (w.equals("and") && any && s.token(k + 1) != null && s.token(k + 2) != null
                    && Units.lower(s.token(k + 1).word()).equals("a")
                    && Units.lower(s.token(k + 2).word()).equals("half")) {
                current = current.add(new BigDecimal("0.5"));
                k += 3;
                break;
            } else {
                break;
            }
            k++;
        }
        if (!any) return null;
        return new Core(k, total.add(current), false, true, false, null, null);
    }
}
