package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Predicate;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Syntactic attachment of a figure from the tagged tokens: the noun phrase it quantifies (with its modifiers, an
 * "of" complement of a classifier noun, a reduced relative clause) and the verb that governs it (passive or
 * active subject after it, or the verb whose object it is before it).
 */
final class Relations {
    /** What a figure attaches to; each part may be null. */
    record Attachment(Span counted, Predicate predicate, Predicate changeVerb) {
    }

    /** Nouns that classify or measure what follows their "of" ("cases of fraud", "tons of coal"). */
    private static final Set<String> CLASSIFIERS = Set.of("case", "number", "kind", "type", "piece", "batch",
            "group", "set", "pair", "unit", "item", "count", "incident", "instance", "ton", "tonne", "kilogram",
            "barrel", "bag", "box", "bottle", "carton", "packet", "head", "sort", "series", "variety", "lot",
            "bundle", "roll", "sheet", "dose", "round", "share", "hectare", "acre", "square", "percent", "%",
            "million", "billion", "thousand", "hundred", "worth", "portion", "cubic", "litre", "liter", "gallon",
            "member");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re");
    private static final Set<String> AUX_LEMMAS = Set.of("be", "have", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "get");
    static final Set<String> CHANGE_VERBS = Set.of("rise", "increase", "grow", "fall", "drop", "decline",
            "decrease", "jump", "surge", "climb", "soar", "plunge", "slump", "shrink", "slide", "gain", "lose",
            "dip", "tumble", "rebound", "expand", "contract", "edge", "sink", "slip", "fell", "rose");
    private static final Set<String> CLAUSE_STOPS = Set.of(";", ":", "that", "which", "who", "whom", "while",
            "whereas", "because", "although", "though", "if", "when", "where", "said", "says", "say", "(", ")",
            "-LRB-", "-RRB-");

    /** Participles that introduce a phrase rather than modify the noun after them. */
    private static final Set<String> NOT_MODIFIERS = Set.of("including", "excluding", "involving", "according",
            "following", "regarding", "concerning", "covering");

    private Relations() {
    }

    static Attachment attach(String text, Sentence s, NumberMention m, List<NumberMention> all) {
        int after = m.last() + 1;
        Span counted = null;
        int countedEnd = m.last();
        Phrase np = null;
        Token t = s.token(after);
        if (m.kind() == FigureKind.COUNT) {
            if (t != null && lower(t).equals("of")) {
                np = nounPhrase(s, after + 1, true);
            } else {
                np = nounPhrase(s, after, false);
                if (np == null) np = gerundPhrase(s, after);
            }
        } else if (m.kind() == FigureKind.MONEY || m.kind() == FigureKind.QUANTITY || m.kind() == FigureKind.PERCENT) {
            if (t != null && lower(t).equals("of")) np = nounPhrase(s, after + 1, true);
            else if (m.kind() != FigureKind.PERCENT && t != null) np = nounPhrase(s, after, false); // "$20,000 bail"
            // a proportion ends in its base, a number: "nine out of 10 voters", "one in five homes"
            else if (t != null && s.token(m.last()).pos().equals("CD")) np = nounPhrase(s, after, false);
            // "from 20 yards narrowly past the post": what follows a measure with an adverb is no compound of it
            if (np != null && np.first == after && s.token(after).isAdverb()) np = null;
        }
        ChangePhrase change = changePhrase(s, m, all);
        if (np == null && change != null) np = change.measured;
        if (np == null) np = levelMeasured(s, m, all);
        if (np == null && (m.kind() == FigureKind.COUNT || m.kind() == FigureKind.QUANTITY)) {
            np = complementOf(s, m, all);
        }
        if (np == null && m.kind() == FigureKind.PERCENT) np = measuredBefore(s, m.qualifierFirst(), RATE_NOUNS);
        if (np == null && m.kind() == FigureKind.MONEY) np = measuredBefore(s, m.qualifierFirst(), MONEY_NOUNS);
        boolean following = np != null && np.first > m.last();
        if (np != null) {
            counted = Span.of(text, s.token(np.first).start(), s.token(np.last).end());
            if (following) countedEnd = np.last;
        }
        Predicate changeVerb = change == null || change.verb < 0 ? null : predicate(text, s.token(change.verb));
        // the verb of a change governs its figure ("would have to raise taxes by £10bn if Labour was re-elected",
        // "or by 27 percent")
        Predicate predicate = changeVerb;
        if (predicate == null) predicate = subjectPredicate(text, s, countedEnd + 1, all);
        if (predicate == null) predicate = objectPredicate(text, s, m.qualifierFirst() - 1);
        return new Attachment(counted, predicate, changeVerb);
    }

    /** Nouns that name a rate, so that "a turnout rate of 58%" measures the turnout rate. */
    private static final Set<String> RATE_NOUNS = Set.of("rate", "share", "proportion", "percentage", "ratio",
            "turnout", "margin", "majority", "stake", "growth", "unemployment", "inflation", "yield", "approval",
            "support", "occupancy", "coverage", "level", "index");

    /** Nouns that name an amount of money, so that "at a cost of $26 million" is the cost. */
    private static final Set<String> MONEY_NOUNS = Set.of("cost", "price", "value", "budget", "fine", "bill",
            "loss", "revenue", "investment", "fee", "salary", "income", "profit", "debt", "deficit", "fund",
            "bail", "compensation", "damage", "penalty", "reward", "prize", "subsidy", "spending", "turnover");

    /**
     * "a turnout rate of 58%", "whose acceptance rate is already above 95%", "at a cost of $26 million": the rate
     * a percentage measures, or the amount a sum of money is, named before it.
     */
    private static Phrase measuredBefore(Sentence s, int q, Set<String> heads) {
        int i = q - 1;
        while (s.token(i) != null && (s.token(i).isAdverb() || QUALIFIER_WORDS.contains(lower(s.token(i))))) i--;
        Token t = s.token(i);
        if (t == null) return null;
        if (lower(t).equals("of")) {
            i--;
        } else if (BE.contains(lower(t)) || t.lemma().equalsIgnoreCase("be")) {
            i--;
            while (s.token(i) != null && s.token(i).isAdverb()) i--;
        } else {
            return null;
        }
        Token head = s.token(i);
        if (head == null || !head.isNoun() || !heads.contains(head.lemma().toLowerCase(Locale.ROOT))) return null;
        int first = i;
        while (s.token(first - 1) != null && (s.token(first - 1).isNoun() || s.token(first - 1).isAdjective())) first--;
        return new Phrase(first, i);
    }

    private static final Set<String> QUALIFIER_WORDS = Set.of("above", "below", "over", "under", "about", "around",
            "nearly", "almost", "than", "more", "less", "at", "least", "most", "some", "roughly", "approximately");
    static final Set<String> UP_VERBS = Set.of("increase", "rise", "grow", "raise", "boost", "lift", "climb",
            "jump", "surge", "soar", "gain", "expand", "rebound", "double", "triple", "rose", "appreciate",
            "improve", "accelerate", "strengthen");
    static final Set<String> DOWN_VERBS = Set.of("decrease", "fall", "drop", "decline", "cut", "reduce",
            "lower", "slash", "shrink", "slide", "slip", "sink", "plunge", "slump", "dip", "tumble", "contract",
            "lose", "fell", "halve", "depreciate", "weaken", "slow", "shed");

    /** A change verb, the thing whose change it is, and the direction. */
    private record ChangePhrase(int verb, Phrase measured, String direction) {
    }

    /**
     * "undernourishment would increase by 49 percent", "would increase world food needs by 50 percent",
     * "surface ozone has declined by 25 percent", "exports rose 5%": the change verb before the figure, and
     * its object (transitive) or its subject (intransitive) as what changed.
     */
    private static ChangePhrase changePhrase(Sentence s, NumberMention m, List<NumberMention> all) {
        int i = m.qualifierFirst() - 1;
        while (s.token(i) != null && lower(s.token(i)).equals("either")) i--;
        boolean by = s.token(i) != null && lower(s.token(i)).equals("by");
        if (by) i--;
        // "increase by either 49 percent or by 27 percent", "rose 5% or 6%": the change of the figure before
        if (s.token(i) != null && (lower(s.token(i)).equals("or") || lower(s.token(i)).equals("and"))) {
            for (NumberMention other : all) {
                if (other != m && other.last() == i - 1) return changePhrase(s, other, all);
            }
        }
        int objectEnd = i;
        int k = i;
        while (by && s.token(k) != null && k > i - 6 && (!s.token(k).isVerb() || k == objectEnd
                && s.token(k).pos().equals("VBZ") && !isChangeVerb(s.token(k)) && s.token(k - 1) != null
                && s.token(k - 1).isNoun())
                && (s.token(k).isNoun() || s.token(k).isAdjective() || s.token(k).pos().equals("DT")
                        || s.token(k).pos().equals("PRP$") || s.token(k).pos().equals("POS")
                        || s.token(k).pos().equals("VBZ"))) {
            k--; // "world food needs by 50 percent": a plural noun the tagger took for a verb ends the object
        }
        Token v = s.token(k);
        if (v == null || !v.isVerb()) return null;
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        String direction = UP_VERBS.contains(lemma) ? "increase" : DOWN_VERBS.contains(lemma) ? "decrease" : null;
        if (direction == null) return null;
        Phrase measured;
        if (k < objectEnd) {
            measured = nounPhrase(s, k + 1, true);
            if (measured != null && measured.last == objectEnd - 1 && s.token(objectEnd).pos().equals("VBZ")) {
                measured = new Phrase(measured.first, objectEnd); // "world food needs", "needs" tagged a verb
            }
        } else {
            measured = subjectOfVerb(s, k, all);
        }
        return new ChangePhrase(k, measured, direction);
    }

    /**
     * The noun phrase ending at token j, the subject of the verb after it: nouns and adjectives with a possessor
     * ("the pan-democrats' seats"), and through a prepositional phrase to the noun it qualifies ("seats in the
     * functional constituencies", "number of people"); null when token j is no noun.
     */
    private static Phrase subjectBefore(Sentence s, int j) {
        if (s.token(j) == null || !s.token(j).isNoun()) return null;
        int first = j;
        int head = j;
        while (true) {
            while (s.token(first - 1) != null && (s.token(first - 1).isNoun() || s.token(first - 1).isAdjective()
                    || s.token(first - 1).pos().equals("POS") && s.token(first - 2) != null
                    && s.token(first - 2).isNoun()
                    || PARTICIPLE_ADJECTIVES.contains(lower(s.token(first - 1))))) {
                first--; // "the pan-democrats' seats", "confirmed cases"
            }
            int d = first - 1;
            if (s.token(d) != null && s.token(d).pos().equals("DT")) d--;
            Token prep = s.token(d);
            if (prep == null || !PP_BEFORE_VERB.contains(lower(prep)) || s.token(d - 1) == null
                    || !s.token(d - 1).isNoun()) {
                break;
            }
            // "seats in the functional constituencies": the noun before the preposition heads the subject
            first = d - 1;
            if (!lower(prep).equals("of")) head = d - 1;
        }
        return new Phrase(first, head);
    }

    /** Prepositions whose phrase may stand between a subject's head and its verb. */
    private static final Set<String> PP_BEFORE_VERB = Set.of("in", "of", "at", "on", "for", "across");

    /**
     * "seats increased from 9 to 10", "loans fell to 77,000": a level reached by a change verb measures the verb's
     * subject (the figure stays a level, no change).
     */
    private static Phrase levelMeasured(Sentence s, NumberMention m, List<NumberMention> all) {
        int i = m.qualifierFirst() - 1;
        if (s.token(i) == null || !(lower(s.token(i)).equals("to") || lower(s.token(i)).equals("from"))) return null;
        i--;
        for (NumberMention other : all) { // "from 9 to", "rose 5% to", "rose by 5% to": the figure before
            if (other != m && other.last() == i) {
                i = other.qualifierFirst() - 1;
                if (s.token(i) != null && (lower(s.token(i)).equals("from") || lower(s.token(i)).equals("by"))) i--;
            }
        }
        while (s.token(i) != null && s.token(i).isAdverb()) i--;
        Token v = s.token(i);
        if (v == null || !v.isVerb() || !isChangeVerb(v)) return null;
        return subjectOfVerb(s, i, all);
    }

    /**
     * The subject of the verb at token {@code verb}, before its auxiliaries and adverbs ("New loans ... fell"); none
     * when that is a figure's own word ("waiting more than 18 months has fallen").
     */
    private static Phrase subjectOfVerb(Sentence s, int verb, List<NumberMention> all) {
        int j = verb - 1;
        while (s.token(j) != null && (s.token(j).isAdverb() || isAuxiliary(s.token(j)))) j--;
        return inFigure(all, j) ? null : subjectBefore(s, j);
    }

    /** A modal or an auxiliary verb ("will", "has", "was"). */
    private static boolean isAuxiliary(Token t) {
        return t.pos().equals("MD") || t.isVerb() && AUX_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether token k belongs to one of the figures. */
    private static boolean inFigure(List<NumberMention> all, int k) {
        return all.stream().anyMatch(o -> o.first() <= k && k <= o.last());
    }

    private static boolean isChangeVerb(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return UP_VERBS.contains(lemma) || DOWN_VERBS.contains(lemma);
    }

    /** Tokens [first, last] of a phrase. */
    private record Phrase(int first, int last) {
    }

    /**
     * The noun phrase starting at token k: optional determiner (when {@code allowDeterminer}), quotes, adjectives
     * and nouns up to its head noun, coordinated nouns ("transporters and responders"), the "of" complement of a
     * classifier head, and a reduced relative clause ("funds involved in the case").
     */
    private static Phrase nounPhrase(Sentence s, int k, boolean allowDeterminer) {
        int i = k;
        while (isQuote(s.token(i))) i++;
        if (allowDeterminer && s.token(i) != null && (s.token(i).pos().equals("DT") || s.token(i).pos().equals("PRP$"))) {
            i++;
        }
        int first = -1;
        int head = -1;
        int j = i;
        while (s.token(j) != null) {
            Token t = s.token(j);
            if (isQuote(t)) {
                j++;
                continue;
            }
            // a participle before the head modifies it ("22 arrested suspects"); after it, a past participle starts
            // a clause ("11 businesses delivered growth", "cases mentioned last week")
            if (t.isNoun() && !t.word().equals("%")) {
                if (first < 0) first = j;
                head = j;
            } else if (t.isAdjective() || head < 0 && t.pos().equals("VBN") && isNounAhead(s, j + 1)
                    || head < 0 && t.pos().equals("VBD") && PARTICIPLE_ADJECTIVES.contains(lower(t))
                            && isNounAhead(s, j + 1)
                    || t.pos().equals("VBG") && !NOT_MODIFIERS.contains(lower(t)) && isNounAhead(s, j + 1)
                    || t.pos().equals("HYPH")
                    || t.pos().equals("POS") && head >= 0
                    || head < 0 && t.isAdverb() && !NOT_NP_ADVERBS.contains(lower(t)) && isModifier(s.token(j + 1))
                            && !NOT_NP_ADVERBS.contains(lower(s.token(j + 1))) && isNounAhead(s, j + 1)) {
                // an adverb only before the head's modifiers: "newly confirmed cases", "previously heat-attributed
                // damage"
                if (first < 0) first = j;
            } else if ((lower(t).equals("and") || lower(t).equals("or")) && head >= 0 && head == j - 1
                    && isNounAhead(s, j + 1) && !startsFigure(s, j + 1) && !measuredAhead(s, j + 1)) {
                // coordination of nouns, not of figures ("and 82 gold owners"), nor of a noun another figure
                // measures ("2 million voters and turnout rate of 58%")
            } else {
                break;
            }
            j++;
        }
        if (head < 0) return null;
        int last = head;
        // "cases of electronic fraud": the complement of a classifier noun
        Token h = s.token(head);
        Token of = s.token(last + 1);
        if (of != null && lower(of).equals("of") && CLASSIFIERS.contains(h.lemma().toLowerCase(Locale.ROOT))) {
            Phrase inner = nounPhrase(s, last + 2, true);
            if (inner != null) last = inner.last;
        }
        // "funds involved in the case": a past participle with its prepositional phrase
        Token v = s.token(last + 1);
        Token p = s.token(last + 2);
        if (v != null && v.pos().equals("VBN") && p != null && p.pos().equals("IN") && !lower(p).equals("by")
                && !lower(p).equals("that")) {
            Phrase obj = nounPhrase(s, last + 3, true);
            if (obj != null) last = obj.last;
        }
        return new Phrase(first, last);
    }

    /**
     * Participles that modify the noun after a number even where the tagger calls them a past tense ("110,000
     * confirmed cases", "12 injured workers"); not "300 attended meetings".
     */
    private static final Set<String> PARTICIPLE_ADJECTIVES = Set.of("confirmed", "suspected", "registered",
            "reported", "injured", "infected", "wounded", "recovered", "imported", "detained", "affected", "needed",
            "listed", "proposed", "estimated", "expected", "planned", "combined", "armed", "displaced", "trained",
            "skilled", "licensed", "recorded", "identified", "qualified", "damaged", "abandoned", "unemployed",
            "arrested", "missing", "woven", "isolated", "quarantined", "hospitalized", "hospitalised", "vaccinated",
            "tested", "employed", "retired", "insured", "stranded", "trapped", "rescued", "evacuated", "killed");

    /** Verbs whose complement a figure is, measuring their subject ("the total was 16,048,100", "exceeded"). */
    private static final Set<String> MEASURE_VERBS = Set.of("be", "reach", "exceed", "total", "hit", "top",
            "surpass", "number", "stand", "amount", "near", "approach", "remain", "stay");
    /** Heads before "of" that are no thing measured ("a total of", "an increase of"). */
    private static final Set<String> NOT_MEASURED = Set.of("total", "number", "increase", "decrease", "rise", "fall",
            "drop", "decline", "growth", "reduction", "gain", "loss", "age", "ages", "sum", "amount", "average",
            "maximum", "minimum", "peak", "record", "high", "low", "tune", "excess", "upwards", "cut", "hike",
            "jump", "change");

    /**
     * What a figure with nothing after it measures, named before it: "a labor force of 61,000", "the average water
     * level of Taihu Lake was 4.67 meters", "stood at 30,000", "asylum claims over 150,000", "viewers exceeding 30
     * million".
     */
    private static Phrase complementOf(Sentence s, NumberMention m, List<NumberMention> all) {
        int q = m.qualifierFirst();
        Token qualifier = m.qualifier() == null ? null : s.token(q);
        int i = q - 1;
        // "claims over 150,000", "viewers exceeding 30 million": the noun right before the qualifier
        if (qualifier != null && OVER_WORDS.contains(lower(qualifier)) && s.token(i) != null && s.token(i).isNoun()
                && !inFigure(all, i)) {
            return subjectBefore(s, i);
        }
        while (s.token(i) != null && s.token(i).isAdverb()) i--;
        Token t = s.token(i);
        if (t == null) return null;
        if (lower(t).equals("of")) {
            Token head = s.token(i - 1);
            if (head == null || !head.isNoun() || inFigure(all, i - 1)
                    || NOT_MEASURED.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return subjectBefore(s, i - 1);
        }
        if (lower(t).equals("at") || lower(t).equals("to")) i--; // "stood at", "amounted to"
        Token v = s.token(i);
        if (v == null || !(v.isVerb() && MEASURE_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)))) return null;
        return subjectOfVerb(s, i, all);
    }

    /** Qualifiers that may follow the noun a figure measures ("claims over 150,000"). */
    private static final Set<String> OVER_WORDS = Set.of("over", "exceeding", "above", "topping", "surpassing");

    /** "illegally leaving the country": a participle clause standing for the people counted. */
    private static Phrase gerundPhrase(Sentence s, int k) {
        int i = k;
        while (s.token(i) != null && s.token(i).isAdverb()) i++;
        if (s.token(i) == null || !s.token(i).pos().equals("VBG")) return null;
        Phrase obj = nounPhrase(s, i + 1, true);
        return new Phrase(k, obj == null ? i : obj.last);
    }

    /** Adverbs and words after them that open no noun phrase ("at least double-digit", "narrowly past"). */
    private static final Set<String> NOT_NP_ADVERBS = Set.of("least", "more", "less", "past", "over", "ago",
            "later", "earlier", "away", "up", "down", "out", "off", "back");

    private static boolean isModifier(Token t) {
        return t != null && (t.isAdjective() || t.pos().equals("VBN") || t.pos().equals("VBG"));
    }

    private static boolean isNounAhead(Sentence s, int k) {
        for (int j = k; s.token(j) != null && j < k + 4; j++) {
            Token t = s.token(j);
            if (t.isNoun() && !t.word().equals("%")) return true;
            if (!(t.isAdjective() || isQuote(t) || t.pos().equals("HYPH") || t.pos().equals("VBN")
                    || t.pos().equals("VBG"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the noun phrase at k is measured by a figure of its own: "turnout rate of 58%", "rate at 5%". */
    private static boolean measuredAhead(Sentence s, int k) {
        for (int j = k; s.token(j) != null && j < k + 5; j++) {
            Token t = s.token(j);
            if ((lower(t).equals("of") || lower(t).equals("at")) && startsFigure(s, j + 1)) return true;
            if (!(t.isNoun() || t.isAdjective() || t.pos().equals("HYPH"))) return false;
        }
        return false;
    }

    private static boolean startsFigure(Sentence s, int k) {
        Token t = s.token(k);
        return t != null && (t.pos().equals("CD") || t.word().startsWith("$"));
    }

    /**
     * The verb after the figure's phrase whose subject it is: "were arrested", "was urgently stopped",
     * "surrendered". Coordinated figures in between share it ("100 dens and 82 owners were unearthed").
     */
    private static Predicate subjectPredicate(String text, Sentence s, int k, List<NumberMention> all) {
        int i = k;
        // skip coordinated figures with their phrases
        while (s.token(i) != null && (lower(s.token(i)).equals("and") || lower(s.token(i)).equals("or"))) {
            NumberMention next = mentionStartingAt(all, i + 1);
            if (next == null) break;
            int j = next.last() + 1;
            Phrase np = s.token(j) != null && lower(s.token(j)).equals("of") ? nounPhrase(s, j + 1, true)
                    : nounPhrase(s, j, false);
            i = np == null ? j : np.last + 1;
        }
        // "of them", "around the world", "in the country": phrases between the subject and its verb
        for (int pp = 0; pp < 2 && s.token(i) != null && s.token(i).pos().equals("IN")
                && !NOT_MODIFIERS.contains(lower(s.token(i))) && !lower(s.token(i)).equals("than"); pp++) {
            Token next = s.token(i + 1);
            if (next != null && next.pos().equals("PRP")) {
                i += 2;
                continue;
            }
            Phrase obj = nounPhrase(s, i + 1, true);
            if (obj == null) break;
            i = obj.last + 1;
        }
        while (s.token(i) != null && s.token(i).isAdverb()) i++;
        Token t = s.token(i);
        if (t == null) return null;
        if (t.pos().equals("VBG") && i == k && !NOT_MODIFIERS.contains(lower(t))) {
            return predicate(text, t); // "45,756 migrants crossing the Channel"
        }
        if (t.isVerb() || t.pos().equals("MD")) {
            int j = i;
            // auxiliaries and adverbs, then the main verb
            while (s.token(j) != null && (s.token(j).pos().equals("MD") || s.token(j).isAdverb()
                    || s.token(j).isVerb() && AUX_LEMMAS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))
                    && nextVerbAhead(s, j + 1))) {
                j++;
            }
            Token v = s.token(j);
            if (v != null && v.isVerb() && !BE.contains(lower(v)) && !v.pos().equals("VBG")) {
                if (v.lemma().equalsIgnoreCase("have") && j == i) return null; // "22 suspects have links"
                return predicate(text, v);
            }
        }
        return null;
    }

    private static boolean nextVerbAhead(Sentence s, int k) {
        for (int j = k; s.token(j) != null && j < k + 3; j++) {
            Token t = s.token(j);
            if (t.isVerb()) return true;
            if (!t.isAdverb()) return false;
        }
        return false;
    }

    /** The verb before the figure whose object it is ("arrested 22 suspects", "have eliminated 9,419 …"). */
    private static Predicate objectPredicate(String text, Sentence s, int k) {
        for (int i = k; i >= 0 && i > k - 30; i--) {
            Token t = s.token(i);
            String w = lower(t);
            if (CLAUSE_STOPS.contains(w) || CLAUSE_STOPS.contains(t.pos())) return null;
            if (!t.isVerb()) continue;
            if (w.equals("including") || w.equals("according")) continue;
            // a participle modifying the noun after it is no predicate ("urgently needed necessities")
            if ((t.pos().equals("VBN") || PARTICIPLE_ADJECTIVES.contains(w))
                    && s.token(i + 1) != null && s.token(i + 1).isNoun() && i < k && !afterAuxiliary(s, i)) {
                continue; // not "has seeded galleries"
            }
            if (BE.contains(w) || t.lemma().equalsIgnoreCase("be")) return null; // "There were 931 recruiters"
            return predicate(text, t);
        }
        return null;
    }

    /** Whether an auxiliary ("has", "was", "will"), maybe with adverbs, stands before token i. */
    private static boolean afterAuxiliary(Sentence s, int i) {
        int j = i - 1;
        while (s.token(j) != null && s.token(j).isAdverb()) j--;
        return s.token(j) != null && isAuxiliary(s.token(j));
    }

    /** "rose 5%", "fell by 2.5 percentage points": the change verb right before a PERCENT figure. */
    private static Predicate changeVerb(String text, Sentence s, NumberMention m) {
        int i = m.qualifierFirst() - 1;
        if (s.token(i) != null && lower(s.token(i)).equals("by")) i--;
        Token t = s.token(i);
        if (t != null && t.isVerb() && CHANGE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) return predicate(text, t);
        return null;
    }

    private static NumberMention mentionStartingAt(List<NumberMention> all, int tokenIndex) {
        for (NumberMention m : all) {
            if (m.qualifierFirst() == tokenIndex || m.first() == tokenIndex) return m;
        }
        return null;
    }

    private static Predicate predicate(String text, Token v) {
        return new Predicate(Span.of(text, v.start(), v.end()), v.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isQuote(Token t) {
        if (t == null) return false;
        String w = t.word();
        return t.pos().equals("``") || t.pos().equals("''") || w.equals("\"") || w.equals("“") || w.equals("”")
                || w.equals("'") || w.equals("‘") || w.equals("’");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
