package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one number written with digits and/or words from a run of pieces: "1,234", "3 hundred and 21", "2.5
 * million", "35 lakh", "one hundred and sixteen", "a quarter million", "five and a half million", "nought point
 * nought three", "three fifths", "one hundred thirty fifths" (100/35), "two thirds of a million", "minus five".
 * A digit token followed by a word number is two numbers ("4000 3 hundred" → 4000, 300), as are two word numbers
 * that do not compose ("two three"). Stateless.
 */
final class NumberPhrase {
    /** A number read from pieces [start, end): its value (null when malformed), and how it was written. */
    record Parsed(int start, int end, BigDecimal value, boolean malformed, boolean words, DigitNumber digits,
            boolean fraction, boolean scaled) {
    }

    private enum Type { NONE, ARTICLE, HALF, UNIT, TEEN, TENS, COMPOUND, DIGITS, HUNDRED, SCALE, FRACTION }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "!", "?", ")", "-RRB-", "and", "or",
            "\"", "''", "”", "'");

    /** Words before "two quarters" that make them periods ("the last two quarters"). */
    private static final Set<String> PERIOD_DETERMINERS = Set.of("the", "last", "past", "preceding", "previous",
            "next", "first", "consecutive", "straight", "successive", "following", "coming", "those", "these", "its",
            "their", "recent");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "from", "to", "into",
            "by", "of", "as");

    /** Words before a fraction that compare it as a share ("more than a third", "nearly a quarter"). */
    static final Set<String> SHARE_QUALIFIERS = Set.of("than", "about", "nearly", "almost", "over", "under",
            "roughly", "around", "approximately", "some", "just", "barely");

    private NumberPhrase() {
    }

    /** An element consumed by the cardinal reader, with the value read before it (for fraction splits). */
    private record Element(int piece, Type type, BigDecimal before, BigDecimal value) {
    }

    /** The number starting at piece i, or null. */
    static Parsed parse(List<Piece> ps, int i) {
        return parse(ps, i, true);
    }

    /** As {@link #parse(List, int)}; a fraction takes a scale after it only when {@code fractionScales}. */
    private static Parsed parse(List<Piece> ps, int i, boolean fractionScales) {
        int k = i;
        int sign = 1;
        if (k < ps.size() && (ps.get(k).lower().equals("minus") || ps.get(k).lower().equals("negative"))
                && k + 1 < ps.size() && startsNumber(ps.get(k + 1))) {
            sign = -1;
            k++;
        }
        Parsed p = unsigned(ps, k, fractionScales);
        if (p == null || p.start() != k) return null;
        if (sign < 0) {
            if (p.value() == null) return null;
            return new Parsed(i, p.end(), p.value().negate(), false, p.words(), p.digits(), p.fraction(), p.scaled());
        }
        return p;
    }

    private static boolean startsNumber(Piece p) {
        DigitNumber d = DigitNumber.parse(p.text());
        return d != null && d.value() != null || NumberWords.wordValue(p.lower()) != null;
    }

    private static Parsed unsigned(List<Piece> ps, int i, boolean fractionScales) {
        Piece first = ps.get(i);
        DigitNumber d = DigitNumber.parse(first.text());
        if (d != null && d.malformed()) return new Parsed(i, i + 1, null, true, false, d, false, false);
        List<Element> els = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal lastChunk = BigDecimal.ZERO;
        BigDecimal lastScale = null;
        Type last = Type.NONE;
        boolean words = d == null;
        boolean scaled = false;
        int k = i;
        while (k < ps.size()) {
            Piece p = ps.get(k);
            String w = p.lower();
            BigDecimal before = total.add(current);
            DigitNumber dn = DigitNumber.parse(p.text());
            BigDecimal wv = w.equals("dozen") ? null : NumberWords.wordValue(w);
            BigDecimal sc = scale(ps, k, last);
            if (w.equals("ten") && last == Type.DIGITS && current.signum() > 0 && k + 1 < ps.size()
                    && ps.get(k + 1).lower().equals("thousand")) {
                // "1.5 ten thousand tons", "26.2 ten thousand": a machine translation of 万, one scale of 10,000
                k++;
                wv = null;
                sc = TEN_THOUSAND;
            }
            boolean afterAnd = !els.isEmpty() && els.get(els.size() - 1).type() == Type.NONE;
            if (dn != null && dn.value() != null && last == Type.DIGITS && dn.fraction() && dn.value().signum() > 0
                    && current.scale() == 0 && current.signum() > 0 && dn.value().compareTo(BigDecimal.ONE) < 0
                    && p.tokenStart()) {
                current = current.add(dn.value()); // "2 1/4"
                last = Type.FRACTION;
            } else if (dn != null && dn.value() != null) {
                boolean smallerScaleAhead = last == Type.SCALE && k + 1 < ps.size() && lastScale != null
                        && NumberWords.scale(ps.get(k + 1).lower(), false) != null
                        && NumberWords.scale(ps.get(k + 1).lower(), false).compareTo(lastScale) < 0;
                if (last != Type.NONE && !(last == Type.HUNDRED && afterAnd) && !smallerScaleAhead) break;
                if (!p.tokenStart() && k > i) break;
                current = current.add(dn.value());
                last = Type.DIGITS;
                if (dn.fraction()) {
                    last = Type.FRACTION;
                }
            } else if (wv != null) {
                int v = wv.intValue();
                if (last == Type.NONE || last == Type.HUNDRED || last == Type.SCALE) {
                    if (last == Type.HUNDRED && current.remainder(HUNDRED).signum() != 0) break;
                    current = current.add(wv);
                    last = v < 10 ? Type.UNIT : v < 20 ? Type.TEEN : NumberWords.isTens(v) ? Type.TENS : Type.COMPOUND;
                } else if (last == Type.TENS && v > 0 && v < 10) {
                    current = current.add(wv);
                    last = Type.COMPOUND;
                } else {
                    break;
                }
            } else if (w.equals("-") && last == Type.TENS && k + 1 < ps.size()
                    && isUnitWord(ps.get(k + 1).lower())) {
                k++; // "ninety - five"
                continue;
            } else if (sc != null && sc.compareTo(HUNDRED) == 0 && w.startsWith("hundred") && !w.equals("hundreds")
                    && last != Type.NONE && last != Type.HUNDRED && last != Type.FRACTION) {
                current = current.multiply(HUNDRED); // "zero hundred" stays 0
                last = Type.HUNDRED;
                scaled = true;
            } else if (sc != null && last != Type.NONE && last != Type.FRACTION && last != Type.ARTICLE
                    || sc != null && last == Type.ARTICLE && !w.startsWith("hundred")) {
                if (last == Type.SCALE) {
                    total = total.subtract(lastChunk);
                    lastChunk = lastChunk.multiply(sc);
                } else {
                    lastChunk = current.multiply(sc); // "0 billion" is 0, not a billion
                    current = BigDecimal.ZERO;
                }
                total = total.add(lastChunk);
                lastScale = sc;
                last = Type.SCALE;
                scaled = true;
            } else if ((w.equals("dozen") || w.equals("dozens") && last == Type.DIGITS || w.equals("dozens")
                    && last == Type.UNIT) && last != Type.NONE && last != Type.SCALE) {
                current = current.multiply(BigDecimal.valueOf(12));
                last = Type.HUNDRED;
            } else if ((w.equals("a") || w.equals("an")) && last == Type.NONE && k + 1 < ps.size()
                    && takesArticle(ps, k + 1, fractionScales)) {
                current = BigDecimal.ONE;
                last = Type.ARTICLE;
                words = true;
            } else if ((w.equals("half") || w.equals("quarter")) && (last == Type.NONE || last == Type.ARTICLE)
                    && fractionScales && fractionOfScale(ps, k + 1) > 0) {
                current = w.equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
                last = Type.HALF;
                words = true;
                if (ps.get(k + 1).lower().equals("a")) k++; // "half a million"
            } else if (w.equals("and") && continuesAfterAnd(ps, k + 1, last)) {
                els.add(new Element(k, Type.NONE, before, BigDecimal.ZERO));
                k++;
                continue;
            } else if (w.equals("point") && last != Type.NONE && last != Type.ARTICLE && k + 1 < ps.size()
                    && NumberWords.decimalDigits(ps.get(k + 1).lower()) != null) {
                StringBuilder digits = new StringBuilder();
                int j = k + 1;
                while (j < ps.size() && NumberWords.decimalDigits(ps.get(j).lower()) != null) {
                    digits.append(NumberWords.decimalDigits(ps.get(j).lower()));
                    j++;
                }
                current = current.add(new BigDecimal("0." + digits));
                els.add(new Element(j - 1, Type.COMPOUND, before, current));
                k = j;
                last = Type.COMPOUND; // a scale may follow ("two point five million"), no further word number
                continue;
            } else {
                break;
            }
            els.add(new Element(k, last, before, total.add(current)));
            k++;
        }
        // a trailing "and" was not part of the number
        while (!els.isEmpty() && els.get(els.size() - 1).type() == Type.NONE) {
            els.remove(els.size() - 1);
        }
        if (els.isEmpty() || last == Type.ARTICLE) return fractionOnly(ps, i, fractionScales);
        int end = els.get(els.size() - 1).piece() + 1;
        BigDecimal value = total.add(current);
        DigitNumber digits = d != null && d.value() != null ? d : null;
        boolean allWords = words && digits == null;
        // a fraction: "three fifths", "one hundred thirty fifths", "three twenty firsts"
        if (allWords) {
            Parsed f = fraction(ps, i, els, end, fractionScales);
            if (f != null) return f;
        }
        // "and a half", "and three quarters", "and a half million"
        Parsed add = additiveFraction(ps, i, end, value, lastScale, last, allWords, digits, scaled);
        if (add != null) return add;
        return new Parsed(i, end, value, false, allWords, digits, last == Type.FRACTION && digits == null
                || digits != null && digits.fraction(), scaled);
    }

    private static boolean isUnitWord(String w) {
        BigDecimal v = NumberWords.wordValue(w);
        return v != null && v.intValue() > 0 && v.intValue() < 10;
    }

    /** A scale at piece k ("million", "k" after digits, "lakh"), or null. */
    private static BigDecimal scale(List<Piece> ps, int k, Type last) {
        String w = ps.get(k).lower();
        if (w.equals("k") && last == Type.DIGITS) return THOUSAND;
        if (w.equals("hundreds") || w.equals("thousands") || w.equals("millions") || w.equals("billions")
                || w.equals("trillions")) {
            return null;
        }
        return NumberWords.scale(w, true);
    }

    /** After "a": a scale, "dozen", "hundred", "quarter/half" + scale, or a fraction word. */
    private static boolean takesArticle(List<Piece> ps, int k, boolean fractionScales) {
        String w = ps.get(k).lower();
        if (w.equals("dozen") || NumberWords.scale(w, false) != null) return true;
        return fractionScales && (w.equals("half") || w.equals("quarter")) && fractionOfScale(ps, k + 1) > 0;
    }

    /** Pieces of "[a] million" after "half"/"quarter" (0 when no scale follows). */
    private static int fractionOfScale(List<Piece> ps, int k) {
        if (k < ps.size() && NumberWords.scale(ps.get(k).lower(), false) != null) return 1;
        if (k + 1 < ps.size() && ps.get(k).lower().equals("a") && NumberWords.scale(ps.get(k + 1).lower(), false) != null) {
            return 2;
        }
        return 0;
    }

    /**
     * Whether "and" continues the number: after a hundred or a scale, a word number below 100 ("one hundred and
     * sixteen", "one thousand and one") or, after "hundred", digits below 100 ("3 hundred and 21"); not when what
     * follows is a fraction ("and three quarters") or itself carries a scale of its own ("and 2.12 hundred").
     */
    private static boolean continuesAfterAnd(List<Piece> ps, int k, Type last) {
        if (k >= ps.size() || !(last == Type.HUNDRED || last == Type.SCALE)) return false;
        Piece p = ps.get(k);
        BigDecimal wv = NumberWords.wordValue(p.lower());
        if (wv != null && !p.lower().equals("dozen")) {
            int j = k + 1;
            if (j < ps.size() && ps.get(j).lower().equals("-")) j++;
            while (j < ps.size() && NumberWords.wordValue(ps.get(j).lower()) != null) j++;
            return j >= ps.size() || denominatorAt(ps, j) == null || wv.intValue() >= 10;
        }
        DigitNumber d = DigitNumber.parse(p.text());
        if (last == Type.HUNDRED && d != null && d.value() != null && d.integer() && !d.grouped()
                && d.value().compareTo(HUNDRED) < 0 && d.value().signum() > 0) {
            return k + 1 >= ps.size() || NumberWords.scale(ps.get(k + 1).lower(), true) == null;
        }
        return false;
    }

    /** A fraction word at piece k ("fifths", "quarter", "twenty-first"), with a hyphen before it skipped; or null. */
    private static BigDecimal denominatorAt(List<Piece> ps, int k) {
        if (k < ps.size() && ps.get(k).lower().equals("-")) k++;
        if (k >= ps.size()) return null;
        return NumberWords.denominator(ps.get(k).lower());
    }

    /** "a fifth", "a hundredth", "a trillionth", "a quarter of": the article as numerator. */
    private static Parsed fractionOnly(List<Piece> ps, int i, boolean scales) {
        String w = ps.get(i).lower();
        if (!(w.equals("a") || w.equals("an")) || i + 1 >= ps.size()) return null;
        BigDecimal den = NumberWords.denominator(ps.get(i + 1).lower());
        if (den == null || !singularFractionAllowed(ps, i, i + 2)) return null;
        return withScale(ps, i, i + 2, BigDecimal.ONE.divide(den, DigitNumber.PRECISION), scales);
    }

    /**
     * Whether "a/one" + a singular fraction word ending at {@code end} is a fraction: before "of", a scale, or the
     * end of a clause, or after "and" ("a third of", "one and a half"), not an ordinal ("a third term").
     */
    private static boolean singularFractionAllowed(List<Piece> ps, int start, int end) {
        if (start > 0 && (ps.get(start - 1).lower().equals("and") || SHARE_QUALIFIERS.contains(ps.get(start - 1).lower()))) {
            return true;
        }
        if (end >= ps.size()) return true;
        String next = ps.get(end).lower();
        // "a merchant in a third.": after a preposition, "a third" is "a third one"
        if (CLAUSE_END.contains(next) && start > 0 && PREPOSITIONS.contains(ps.get(start - 1).lower())) return false;
        return next.equals("of") || CLAUSE_END.contains(next) || NumberWords.scale(next, false) != null
                || RANGE_TO.contains(next) && fractionAt(ps, end + 1);
    }

    /** Words between the ends of a range of fractions ("a fifth to a quarter"). */
    private static final Set<String> RANGE_TO = Set.of("to", "-", "–", "through");

    /** Whether "a"/"one"/a word number and a fraction word start at piece k ("a quarter", "two thirds"). */
    private static boolean fractionAt(List<Piece> ps, int k) {
        if (k + 1 >= ps.size()) return false;
        String w = ps.get(k).lower();
        boolean numerator = w.equals("a") || w.equals("an") || NumberWords.wordValue(w) != null;
        return numerator && NumberWords.denominator(ps.get(k + 1).lower()) != null;
    }

    /** A plural "quarters"/"halves" is a fraction only before "of", a scale or the end of a clause. */
    private static boolean pluralFractionAllowed(List<Piece> ps, String word, int start, int end) {
        if (!(word.equals("quarters") || word.equals("halves"))) return true;
        // "the preceding three quarters", "the last two quarters": periods of a year
        if (start > 0 && PERIOD_DETERMINERS.contains(ps.get(start - 1).lower())) return false;
        return end >= ps.size() || ps.get(end).lower().equals("of") || CLAUSE_END.contains(ps.get(end).lower())
                || NumberWords.scale(ps.get(end).lower(), false) != null;
    }

    /**
     * The fraction whose numerator is the word number read in {@code els}: a fraction word right after it, or a
     * compound denominator taken from its end ("one hundred thirty fifths" = 100/35, "one hundred one thousand
     * fifths" = 100/1005) or from the number that follows ("three twenty firsts" = 3/21, "one one hundred fifth").
     */
    private static Parsed fraction(List<Piece> ps, int i, List<Element> els, int end, boolean scales) {
        BigDecimal numerator = els.get(els.size() - 1).value();
        int k = end;
        int hyphen = k < ps.size() && ps.get(k).lower().equals("-") ? 1 : 0;
        String next = k + hyphen < ps.size() ? ps.get(k + hyphen).lower() : "";
        int ord = NumberWords.unitOrdinal(next);
        BigDecimal den = NumberWords.denominator(next);
        Element lastEl = els.get(els.size() - 1);
        if (ord > 0 && hyphen == 0 && els.size() >= 2) {
            Element prev = els.get(els.size() - 2);
            // "... thirty fifths": the tens word and the ordinal make the denominator
            if (lastEl.type() == Type.TENS && prev.type() != Type.NONE) {
                BigDecimal tens = lastEl.value().subtract(lastEl.before());
                return ratio(ps, i, k + 1, lastEl.before(), tens.add(BigDecimal.valueOf(ord)), scales);
            }
            // "... one thousand fifths": "one" + scale + ordinal make the denominator
            if ((lastEl.type() == Type.SCALE || lastEl.type() == Type.HUNDRED) && els.size() >= 3
                    && els.get(els.size() - 2).type() == Type.UNIT
                    && els.get(els.size() - 2).value().subtract(els.get(els.size() - 2).before()).intValue() == 1) {
                Element one = els.get(els.size() - 2);
                BigDecimal scale = NumberWords.scale(ps.get(lastEl.piece()).lower(), false);
                return ratio(ps, i, k + 1, one.before(), scale.add(BigDecimal.valueOf(ord)), scales);
            }
        }
        if (den != null) {
            boolean singular = numerator.compareTo(BigDecimal.ONE) == 0;
            if (singular && !singularFractionAllowed(ps, i, k + hyphen + 1) && hyphen == 0) return null;
            if (!pluralFractionAllowed(ps, next, i, k + hyphen + 1)) return null;
            return ratio(ps, i, k + hyphen + 1, numerator, den, scales);
        }
        // "three twenty firsts", "one one hundred fifth": a compound denominator after the numerator
        Parsed d = compoundDenominator(ps, k);
        if (d != null) return ratio(ps, i, d.end(), numerator, d.value(), scales);
        return null;
    }

    /** "twenty first(s)", "one hundred fifth": a word number ending in tens or a scale, then a unit ordinal. */
    private static Parsed compoundDenominator(List<Piece> ps, int k) {
        if (k >= ps.size() || NumberWords.wordValue(ps.get(k).lower()) == null) return null;
        int j = k;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        Type last = Type.NONE;
        while (j < ps.size()) {
            String w = ps.get(j).lower();
            BigDecimal wv = NumberWords.wordValue(w);
            BigDecimal sc = NumberWords.scale(w, false);
            if (wv != null && !w.equals("dozen") && (last == Type.NONE || last == Type.SCALE || last == Type.HUNDRED)) {
                current = current.add(wv);
                last = NumberWords.isTens(wv.intValue()) ? Type.TENS : Type.UNIT;
            } else if (sc != null && last != Type.NONE && last != Type.SCALE) {
                if (sc.compareTo(HUNDRED) == 0) {
                    current = current.multiply(HUNDRED);
                    last = Type.HUNDRED;
                } else {
                    total = total.add(current.multiply(sc));
                    current = BigDecimal.ZERO;
                    last = Type.SCALE;
                }
            } else {
                break;
            }
            j++;
        }
        if (j >= ps.size() || !(last == Type.TENS || last == Type.HUNDRED || last == Type.SCALE)) return null;
        int ord = NumberWords.unitOrdinal(ps.get(j).lower());
        if (ord == 0) return null;
        return new Parsed(k, j + 1, total.add(current).add(BigDecimal.valueOf(ord)), false, true, null, true, false);
    }

    private static Parsed ratio(List<Piece> ps, int i, int end, BigDecimal num, BigDecimal den, boolean scales) {
        if (den.signum() == 0) return null;
        return withScale(ps, i, end, num.divide(den, DigitNumber.PRECISION), scales);
    }

    /** A fraction followed by a scale ("three quarters million") or "of a million" multiplies it. */
    private static Parsed withScale(List<Piece> ps, int i, int end, BigDecimal fraction, boolean scales) {
        int k = end;
        BigDecimal sc;
        if (!scales) return new Parsed(i, end, fraction, false, true, null, true, false);
        if (k < ps.size() && (sc = NumberWords.scale(ps.get(k).lower(), false)) != null) {
            return new Parsed(i, k + 1, fraction.multiply(sc), false, true, null, false, true);
        }
        if (k + 2 < ps.size() && ps.get(k).lower().equals("of") && ps.get(k + 1).lower().equals("a")
                && (sc = NumberWords.scale(ps.get(k + 2).lower(), false)) != null) {
            return new Parsed(i, k + 3, fraction.multiply(sc), false, true, null, false, true);
        }
        return new Parsed(i, end, fraction, false, true, null, true, false);
    }

    /**
     * "and a half", "and three fifths", "and a quarter" after a number; after a scale of a thousand or more the
     * fraction is of that scale ("one million and a half" = 1,500,000), and a scale after the fraction scales it
     * ("five and a half million" = 5,500,000; "one billion and a half million" = 1,000,500,000).
     */
    private static Parsed additiveFraction(List<Piece> ps, int i, int end, BigDecimal value, BigDecimal lastScale,
            Type last, boolean words, DigitNumber digits, boolean scaled) {
        if (end + 1 >= ps.size() || !ps.get(end).lower().equals("and") || last == Type.FRACTION) return null;
        Parsed f = parse(ps, end + 1, false);
        if (f == null || !f.fraction() || !f.words() || f.value() == null || f.value().compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        BigDecimal fractionValue = f.value();
        int fEnd = f.end();
        BigDecimal sc;
        BigDecimal total;
        if (fEnd < ps.size() && (sc = NumberWords.scale(ps.get(fEnd).lower(), false)) != null) {
            total = lastScale != null ? value.add(fractionValue.multiply(sc)) : value.add(fractionValue).multiply(sc);
            fEnd++;
        } else if (lastScale != null && lastScale.compareTo(THOUSAND) >= 0) {
            total = value.add(fractionValue.multiply(lastScale));
        } else {
            total = value.add(fractionValue);
        }
        return new Parsed(i, fEnd, total, false, words, digits, false, true);
    }
}
