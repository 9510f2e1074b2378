package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.Months;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Numbers that are not figures: dates ("October 26", "July 24 and 25"), years and year ranges ("in 2019",
 * "2019-2020"), clock times ("16:00", "16: 00", "from 0:00 to 24"), labels ("Article 3", "No. 5"), model names
 * and codes ("Boeing 737", a number the article glues to letters as in "737NG"), ages ("22-year-old"), scores
 * ("3-2"), generations ("post-90"), names ("Formula One"), the pronoun or determiner "one", and "the two" that
 * refers back to things already named ("the two sides").
 */
final class NotFigures {
    /** Words after which a number is a label, not an amount ("No. 5", "Article 3"). */
    private static final Set<String> LABEL_WORDS = Set.of("no.", "no", "nos.", "number", "article", "articles",
            "section", "chapter", "clause", "paragraph", "room", "flight", "route", "page", "pages", "vol.",
            "volume", "part", "item", "rule", "level", "phase", "grade", "episode", "season", "line", "bus", "gate",
            "highway", "platform", "apollo", "channel", "#", "version", "model", "unit", "ward", "block", "building",
            "floor", "lot", "case", "resolution", "act", "amendment", "group", "team", "division", "district",
            "road", "street", "avenue", "lane", "tel", "tel.", "phone", "fax", "code", "id", "isbn", "sec.",
            "art.", "para.", "figure", "table", "step", "stage", "round", "covid", "covid-", "typhoon", "storm",
            "hurricane", "terminal", "exit", "window", "windows", "iphone", "galaxy");
    /** Labels in any case ("nrs. 22", "no. 5"). */
    private static final Set<String> ANY_CASE_LABELS = Set.of("no.", "#", "nos.", "nrs.", "nr.", "no", "nº", "№",
            "number");
    /** Nouns before a number that make it a label in lower case too ("day five", "round 3", "stage 2"). */
    private static final Set<String> SEQUENCE_NOUNS = Set.of("day", "round", "stage", "leg", "game", "match", "race",
            "heat", "lap", "episode", "chapter", "phase", "week", "matchday", "gameweek");
    /** Words before a year that make it one even when a plural noun follows ("in 2019 cases rose"). */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "from", "until", "till",
            "before", "after", "during", "through", "year", "early", "late", "mid", "end", "summer", "winter",
            "spring", "autumn", "fall", "the", "'s", "between", "fiscal", "for");
    /** Plural nouns a year modifies but no number counts ("2005 sales", "2003 results", "2008 Olympics"). */
    private static final Set<String> YEAR_NOUNS = Set.of("sales", "results", "profits", "earnings", "revenues",
            "figures", "accounts", "elections", "games", "olympics", "championships", "finals", "forecasts", "prices",
            "levels", "rates", "returns", "exports", "imports", "emissions", "budgets", "targets",
            "awards", "rankings", "standings", "statistics", "data", "numbers", "estimates", "projections",
            "guidelines", "rules", "regulations", "contracts", "negotiations", "talks", "polls", "surveys", "census");
    private static final Set<String> TIME_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "bst",
            "hrs", "o'clock", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "h");
    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "until", "till", "and", "through", "or",
            "&");
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "!", "?", ")", "-rrb-", "and", "or",
            "but", "\"", "''", "”", "'", "’", "``", "“", "(", "-lrb-");
    /** Words before "one" that make it a determiner or pronoun ("the one", "no one", "at one point"). */
    private static final Set<String> NOT_BEFORE_ONE = Set.of("the", "this", "that", "every", "any", "no", "each",
            "which", "another", "only", "at", "in", "on", "of", "for", "by", "with", "from", "as", "to", "into",
            "than", "like", "no-one", "someone", "anyone", "'s", "a", "just", "all", "one");
    /** Nouns after "one" that make an idiom, not a count ("one day", "one way", "one side"). */
    private static final Set<String> ONE_IDIOMS = Set.of("day", "time", "way", "side", "hand", "point", "thing",
            "another", "kind", "sort", "reason", "of", "week", "year", "month", "night", "morning", "evening",
            "afternoon", "moment", "step", "more", "less", "word", "voice", "piece");
    /** Nouns after "the two" that name the parties of a talk or deal, not a count ("the two sides"). */
    private static final Set<String> BACK_REFERENCE = Set.of("sides", "parties");

    private NotFigures() {
    }

    static boolean isClauseEnd(Piece p) {
        return CLAUSE_END.contains(p.lower());
    }

    /** What a number read by the grammar is. */
    enum Verdict { FIGURE, NOT_FIGURE, ONE_IF_COUNTS_BESIDE }

    /** Whether the number {@code a} (with range end {@code b}, may be null) is a figure. */
    /** Plurals that follow metres in sport ("the 100m hurdles"), not millions. */
    private static final Set<String> METRE_EVENTS = Set.of("hurdles", "metres", "meters", "races", "relays", "heats",
            "finals", "sprints", "titles", "medals", "records", "times", "runners", "swimmers", "events", "indoors",
            "outdoors");

    /** "1.5m people", "3m viewers": a lower-case plural noun after the number, not after "the" or a sport's event. */
    private static boolean countsPlural(Sentence s, Piece next, Piece prev) {
        if (next == null || prev != null && prev.lower().equals("the")) return false;
        Token n = s.token(next.token());
        String w = n.word();
        if (w.length() < 3 || !(w.endsWith("s") || w.equals("people")) || !Character.isLowerCase(w.charAt(0))
                || METRE_EVENTS.contains(w)) {
            return false;
        }
        return n.isTagged() ? n.pos().equals("NNS") : !n.isFunctionWord();
    }

    /**
     * "age of", "ages of", "aged" before piece {@code k}, with only numbers and the words joining them ("16 and",
     * "18 to", "between") in between.
     */
    private static boolean agesBefore(List<Piece> ps, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
            String w = ps.get(j).lower();
            if (w.equals("aged") || w.equals("ages")) return true; // "ages 50 and 66"
            if (w.equals("of")) {
                return j > 0 && (ps.get(j - 1).lower().equals("age") || ps.get(j - 1).lower().equals("ages"));
            }
            if (!(w.equals("and") || w.equals("to") || w.equals("-") || w.equals("between") || w.equals("or")
                    || DigitNumber.parse(ps.get(j).text()) != null || NumberWords.wordValue(w) != null)) {
                return false;
            }
        }
        return false;
    }

    static Verdict judge(Sentence s, List<Piece> ps, Amount a, Amount b, Set<String> codes) {
        Piece p = ps.get(a.numberStart);
        Token t = s.token(p.token());
        Piece prev = piece(ps, a.first - 1);
        Piece prev2 = piece(ps, a.first - 2);
        Piece next = piece(ps, a.end);
        Token prevToken = prev == null ? null : s.token(prev.token());
        boolean bare = a.kind == FigureKind.COUNT && !a.hasUnit && b == null;
        boolean digits = a.digits != null;
        // dates: "October 26", "26 October", "July 24 and 25", "24-25 July"
        if (digits && !a.scaled && prevToken != null && isMonth(prevToken) && prev.tokenEnd()) return Verdict.NOT_FIGURE;
        Piece afterAll = piece(ps, b == null ? a.end : b.end);
        if (digits && a.kind == FigureKind.COUNT && afterAll != null && isMonth(s.token(afterAll.token()))
                && a.value.compareTo(BigDecimal.valueOf(31)) <= 0) {
            return Verdict.NOT_FIGURE;
        }
        if (digits && bare && prev != null && RANGE_WORDS.contains(prev.lower()) && prev2 != null
                && isDay(s, ps, a.first - 2) && a.value.compareTo(BigDecimal.valueOf(31)) <= 0) {
            return Verdict.NOT_FIGURE; // "July 24 and 25", "on 14 and 21"
        }
        if (digits && isDay(s, ps, a.numberStart) && (b == null || bare)) return Verdict.NOT_FIGURE; // "on 6,"
        if (digits && bare && a.end == a.numberEnd && dayBeforeClause(s, ps, a.numberStart)) {
            return Verdict.NOT_FIGURE; // "reopened the park on 24 as an isolation facility", "on 24 due to contact"
        }
        // clock times: "16:00", "16: 00", "9 a.m.", "from 0:00 to 24"
        if (next != null && TIME_WORDS.contains(next.lower()) && a.end == a.numberEnd) return Verdict.NOT_FIGURE;
        if (digits && next != null && next.text().equals(":") && isMinutes(piece(ps, a.end + 1))) return Verdict.NOT_FIGURE;
        if (digits && prev != null && prev.text().equals(":") && prev2 != null && DigitNumber.parse(prev2.text()) != null) {
            return Verdict.NOT_FIGURE;
        }
        if (digits && prev != null && RANGE_WORDS.contains(prev.lower()) && prev2 != null && isClock(prev2.text())) {
            return Verdict.NOT_FIGURE;
        }
        if (digits && bare && next != null && isClock(next.text())) return Verdict.NOT_FIGURE; // "until 9 18:00"
        if (digits && a.kind == FigureKind.DURATION && "hour".equals(a.unit) && isClockHours(ps, a, b)) {
            return Verdict.NOT_FIGURE; // "at 1707 hours", "as of 21 hours", "0-24 hours on July 25"
        }
        if (bare && digits && !a.scaled && prev != null && (prev.lower().equals("at") || prev.lower().equals("by"))
                && !a.digits.integer() && p.text().length() == 5 && p.text().charAt(2) == '.'
                && a.value.compareTo(BigDecimal.valueOf(24)) < 0 && isMinutes(new Piece(p.text().substring(3), "", 0, 0,
                        0, 0, true, true))) {
            return Verdict.NOT_FIGURE; // "at 10.30", British clock time
        }
        // labels: "Article 3", "No. 5", "nrs. 22"
        if (prev != null && bare && LABEL_WORDS.contains(prev.lower()) && prevToken.isCapitalized()) return Verdict.NOT_FIGURE;
        if (prev != null && ANY_CASE_LABELS.contains(prev.lower()) && (prev.lower().length() > 2 || prevToken.isCapitalized()
                || prev.lower().equals("#")) && !(prev.lower().equals("number") && next != null && next.lower().equals("of"))) {
            return Verdict.NOT_FIGURE;
        }
        if (bare && prev != null && SEQUENCE_NOUNS.contains(prev.lower()) && p.tokenStart() && (a.words || digits)
                && (next == null || !s.token(next.token()).isNoun())) {
            return Verdict.NOT_FIGURE; // "day five of the tournament"
        }
        // years and year ranges; "2018 day five", "the 2000 year plan": a year before a singular time word
        if (digits && a.kind == FigureKind.COUNT && !a.hasUnit && isYear(s, ps, a, b)) return Verdict.NOT_FIGURE;
        if (digits && a.kind == FigureKind.DURATION && b == null && yearLike(ps, a)
                && !ps.get(a.end - 1).lower().endsWith("s")) {
            return Verdict.NOT_FIGURE;
        }
        // "posts 542 and 543": consecutive numbers joined by "and" are labels
        if (bare && digits && a.value.compareTo(BigDecimal.TEN) >= 0 && consecutiveLabel(ps, a)) return Verdict.NOT_FIGURE;
        // ages: "22-year-old", "34 years old", "aged 34", "age 34", "32 year-old Zhang"
        if (next != null && a.end == a.numberEnd && (next.lower().startsWith("year-old")
                || next.lower().startsWith("years-old"))) {
            return Verdict.NOT_FIGURE;
        }
        if (a.kind == FigureKind.DURATION && next != null && (next.lower().equals("old")
                || next.lower().equals("-") && piece(ps, a.end + 1) != null && piece(ps, a.end + 1).lower().startsWith("old"))) {
            return Verdict.NOT_FIGURE;
        }
        if (prev != null && (prev.lower().equals("aged") || prev.lower().equals("age")) && a.kind != FigureKind.MONEY) {
            return Verdict.NOT_FIGURE;
        }
        if (bare && agesBefore(ps, a.first)) {
            return Verdict.NOT_FIGURE; // "over the age of 10", "between the ages of 16 and 18", "aged 18 to 24"
        }
        // "10 Downing Street": a house number
        if (bare && digits && a.digits.integer() && isStreetAhead(s, ps, a.end)) return Verdict.NOT_FIGURE;
        // "Daniel Montalvo, 19, a member of": an age in apposition to a name
        if (bare && digits && a.digits.integer() && a.value.intValue() < 120 && prev != null && prev.text().equals(",")
                && prev2 != null && s.token(prev2.token()).isProperNoun() && next != null && next.text().equals(",")) {
            return Verdict.NOT_FIGURE;
        }
        // scores and codes inside one token: "3-2", "737-800" that is no range
        if (b == null && !p.tokenEnd() && a.numberEnd == a.end && next != null && next.text().equals("-")
                && piece(ps, a.end + 1) != null && DigitNumber.parse(piece(ps, a.end + 1).text()) != null) {
            return Verdict.NOT_FIGURE;
        }
        // "0-24 on July 25": the hours of a whole day
        if (b != null && a.value.signum() == 0 && b.value.compareTo(BigDecimal.valueOf(24)) == 0
                && (a.unit == null || a.unit.equals("hour"))) {
            return Verdict.NOT_FIGURE;
        }
        // glued to letters that are no unit: "-52M", "5G"
        if (digits && next != null && a.end == a.numberEnd && next.start() == ps.get(a.numberEnd - 1).end()
                && next.text().chars().allMatch(Character::isLetter) && !a.hasUnit && b == null) {
            return Verdict.NOT_FIGURE;
        }
        // a number alone in quotes is a name ("“90”")
        if (bare && prev != null && next != null && isQuote(prev) && isQuote(next)) return Verdict.NOT_FIGURE;
        // model names and codes: "Boeing 737", "the 737 Max" when the article writes "737NG"
        if (digits && bare && !a.scaled && a.digits.integer() && !a.digits.grouped()) {
            if (codes.contains(p.text())) return Verdict.NOT_FIGURE;
            if (isCodeContext(s, ps, a)) return Verdict.NOT_FIGURE;
        }
        // generations: "post-90", "after 90" in quotes
        if (digits && bare && next != null && (next.lower().equals("after") || next.lower().equals("post"))
                && p.text().length() == 2 && a.value.intValue() % 10 == 0 && a.value.intValue() >= 50
                && prev != null && isQuote(prev)) {
            return Verdict.NOT_FIGURE; // "“90 after”", a literal translation of 90后
        }
        if (digits && bare && prev != null && (prev.lower().equals("after") || prev.lower().equals("post"))
                && p.text().length() == 2 && a.value.intValue() % 10 == 0 && a.value.intValue() >= 50
                && (next == null || isQuote(next) || next.lower().equals("generation")
                        || s.token(next.token()).isCapitalized())) {
            return Verdict.NOT_FIGURE;
        }
        // "20m" alone may be metres: only with a currency, or before what it counts ("1.5m people", not "the 100m
        // hurdles"), is it millions
        if (digits && "m".equals(a.digits.suffix()) && a.kind != FigureKind.MONEY && !countsPlural(s, piece(ps, a.numberEnd), prev)) {
            return Verdict.NOT_FIGURE;
        }
        // part of a name or title ("Formula One", "Runaway Zero-Eight", "Six Feet Under"), not at the sentence start
        if (a.words && !a.fraction && !a.share && t.isCapitalized() && p.tokenStart() && !opensSentence(s, t)
                && a.numberEnd == a.numberStart + 1
                && (!a.hasUnit || s.token(ps.get(a.end - 1).token()).isCapitalized())) {
            return Verdict.NOT_FIGURE;
        }
        if (a.words && a.kind == FigureKind.COUNT && b == null && !a.fraction && !a.share) {
            return wordNumber(s, ps, a, prev, next);
        }
        return Verdict.FIGURE;
    }

    /** Rules for counts written in words: "one", names ("Formula One"), slogans in quotes, "the two sides". */
    private static Verdict wordNumber(Sentence s, List<Piece> ps, Amount a, Piece prev, Piece next) {
        Piece p = ps.get(a.numberStart);
        Token t = s.token(p.token());
        boolean single = a.numberEnd == a.numberStart + 1;
        if (single && !a.hasUnit) {
            Token prevToken = prev == null ? null : s.token(prev.token());
            // part of a name ("Formula One", "Channel Four"), not at the start of the sentence or a quote
            if (t.isCapitalized() && p.tokenStart() && !opensSentence(s, t)) return Verdict.NOT_FIGURE;
            // a slogan or name in quotes: "one gang, one special team", “two committees”
            if (prev != null && isOpeningQuote(prev) && quoteClosesSoon(s, ps, a.end)) return Verdict.NOT_FIGURE;
            if (prev != null && prev.lower().equals("the") && p.lower().equals("two") && next != null
                    && BACK_REFERENCE.contains(next.lower())) {
                return Verdict.NOT_FIGURE; // "the two sides": the parties already named
            }
            if (p.lower().equals("one")) {
                return oneIsCount(s, ps, a, prev, next) ? Verdict.ONE_IF_COUNTS_BESIDE : Verdict.NOT_FIGURE;
            }
        }
        return Verdict.FIGURE;
    }

    /**
     * "one" is usually a determiner or pronoun; it may be a count in a list of counts ("one new case, and four new
     * infections", "and one died"): not after a determiner or preposition, not before "of" or an idiom noun.
     */
    private static boolean oneIsCount(Sentence s, List<Piece> ps, Amount a, Piece prev, Piece next) {
        if (next == null || !ps.get(a.numberStart).tokenEnd()) return false;
        if (prev != null && (NOT_BEFORE_ONE.contains(prev.lower()) || s.token(prev.token()).pos().equals("DT")
                || s.token(prev.token()).pos().equals("PRP$") || s.token(prev.token()).pos().equals("IN")
                && !prev.lower().equals("including"))) {
            return false;
        }
        Token n = s.token(next.token());
        if (ONE_IDIOMS.contains(next.lower()) || ONE_IDIOMS.contains(n.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "one new confirmed case": adjectives, then a common noun
        int k = a.end;
        while (k < ps.size() && (s.token(ps.get(k).token()).isAdjective() || s.token(ps.get(k).token()).pos().equals("VBN"))
                && k < a.end + 3) {
            k++;
        }
        Token head = k < ps.size() ? s.token(ps.get(k).token()) : null;
        if (head != null && head.isNoun() && !head.isProperNoun() && !ONE_IDIOMS.contains(head.lemma().toLowerCase(
                java.util.Locale.ROOT))) {
            return true;
        }
        // "and one died", ", one was from": a finite verb
        return (n.pos().equals("VBD") || n.pos().equals("VBZ") || n.pos().equals("VBP")) && prev != null
                && (prev.lower().equals("and") || prev.lower().equals(","));
    }

    private static boolean isYear(Sentence s, List<Piece> ps, Amount a, Amount b) {
        if (!yearLike(ps, a)) return false;
        if (b != null) return yearLike(ps, b);
        Piece next = piece(ps, a.end);
        Piece prev = piece(ps, a.first - 1);
        if (next == null) return true;
        // "2019 new confirmed cases": a count noun phrase follows
        int k = a.end;
        // after a verb, names may stand between the number and its noun ("check 2000 Boeing airliners"); after "the"
        // or a preposition that is a year's event ("the 2019 Hong Kong protests")
        boolean afterVerb = prev != null && s.token(prev.token()).isVerb();
        while (k < ps.size() && (s.token(ps.get(k).token()).isAdjective() || s.token(ps.get(k).token()).pos().equals("VBN")
                || afterVerb && s.token(ps.get(k).token()).pos().equals("NNP"))) {
            k++;
        }
        Token noun = k < ps.size() ? s.token(ps.get(k).token()) : null;
        boolean countNoun = noun != null && noun.pos().equals("NNS") && !ps.get(k).lower().equals("s")
                && !YEAR_NOUNS.contains(ps.get(k).lower());
        if (countNoun && prev != null && (prev.lower().equals("and") || prev.lower().equals("or")
                || prev.lower().equals(",")) && a.first >= 2) {
            // "2000 and 2003 results": a year coordinated with a year
            Piece before = ps.get(a.first - 2);
            DigitNumber d = DigitNumber.parse(before.text());
            if (d != null && d.value() != null && before.text().length() == 4 && d.value().intValue() >= 1900
                    && d.value().intValue() <= 2100) {
                return true;
            }
        }
        return !countNoun || prev != null && YEAR_PREPOSITIONS.contains(prev.lower());
    }

    private static final Set<String> STREET_WORDS = Set.of("street", "road", "avenue", "lane", "drive", "boulevard",
            "square", "place", "way", "court", "terrace", "crescent", "close", "gardens", "st", "rd", "ave");

    /** Capitalised words ending in a street word at piece k ("Downing Street", "Fifth Avenue"). */
    private static boolean isStreetAhead(Sentence s, List<Piece> ps, int k) {
        for (int j = k; j < ps.size() && j < k + 3; j++) {
            Token t = s.token(ps.get(j).token());
            if (!t.isCapitalized()) return false;
            if (j > k && STREET_WORDS.contains(ps.get(j).lower().replace(".", ""))) return true;
        }
        return false;
    }

    /** "542 and 543": this number and the next (or the one before) differ by one and are joined by "and". */
    private static boolean consecutiveLabel(List<Piece> ps, Amount a) {
        BigDecimal v = a.value;
        Piece next = piece(ps, a.end);
        Piece after = piece(ps, a.end + 1);
        if (next != null && next.lower().equals("and") && after != null) {
            DigitNumber d = DigitNumber.parse(after.text());
            if (d != null && d.value() != null && d.integer() && d.value().subtract(v).compareTo(BigDecimal.ONE) == 0) {
                return true;
            }
        }
        Piece prev = piece(ps, a.first - 1);
        Piece before = piece(ps, a.first - 2);
        if (prev != null && prev.lower().equals("and") && before != null) {
            DigitNumber d = DigitNumber.parse(before.text());
            return d != null && d.value() != null && d.integer() && v.subtract(d.value()).compareTo(BigDecimal.ONE) == 0;
        }
        return false;
    }

    /** A bare four-digit integer from 1900 to 2100 ("2019"), with no scale or digit groups. */
    static boolean yearLike(List<Piece> ps, Amount a) {
        if (a.digits == null || a.scaled || a.digits.grouped() || !a.digits.integer()) return false;
        if (a.numberEnd != a.numberStart + 1) return false;
        String t = ps.get(a.numberStart).text();
        int v = a.value.intValue();
        return t.length() == 4 && v >= 1900 && v <= 2100;
    }

    /** "Boeing 737": a bare integer right after a proper noun that is not a month, a place the count belongs to. */
    private static boolean isCodeContext(Sentence s, List<Piece> ps, Amount a) {
        Piece prev = piece(ps, a.first - 1);
        if (prev == null || a.first - 1 == 0 || !prev.tokenEnd()) return false;
        Token pt = s.token(prev.token());
        // a name word: a proper noun, or a capitalized singular noun inside the sentence (the tagger reads
        // "Internet Explorer" as NN NN)
        boolean nameWord = pt.isProperNoun() || pt.pos().equals("NN") && pt.index() > 0;
        if (!nameWord || !pt.isCapitalized() || isMonth(pt) || pt.pos().equals("NNPS")) return false;
        Piece next = piece(ps, a.end);
        if (next == null) return true;
        Token nt = s.token(next.token());
        boolean plural = nt.pos().equals("NNS") || nt.pos().equals("NNPS");
        if (a.value.compareTo(BigDecimal.TEN) < 0) {
            // "Internet Explorer 6", "HTML 5,", "Vostok 1 into space", "The Internet Explorer 6 Countdown": a
            // version or a name, nothing counted after it
            return CLAUSE_END.contains(next.lower()) || nt.pos().equals("IN") || nt.pos().equals("TO")
                    || nt.isCapitalized() && !plural && (nt.pos().equals("NN") || nt.pos().equals("NNP"));
        }
        return !(plural || nt.isAdjective() || nt.isVerb());
    }

    /**
     * A day of the month at piece k: after a month ("July 24"), or after "on" with nothing counted after it ("on 6,",
     * "on 14 and 21": machine translations of Chinese dates drop the month).
     */
    private static boolean isDay(Sentence s, List<Piece> ps, int k) {
        Piece p = piece(ps, k);
        Piece before = piece(ps, k - 1);
        if (p == null || before == null || !p.tokenStart() || !p.tokenEnd() || !isDayNumber(p)) return false;
        if (Months.number(before.text()) > 0 && Character.isUpperCase(before.text().charAt(0))) return true;
        if (!before.lower().equals("on")) return false;
        Piece after = piece(ps, k + 1);
        return after == null || CLAUSE_END.contains(after.lower()) || RANGE_WORDS.contains(after.lower())
                || isClock(after.text());
    }

    /**
     * "on 24" followed by what goes on the clause (a preposition, adverb or verb: "on 24 as", "on 24 due to", "on 24
     * announced"), not by anything counted ("on 24 suspects", "on 24 of them"): a day of the month whose month a
     * machine translation dropped.
     */
    private static boolean dayBeforeClause(Sentence s, List<Piece> ps, int k) {
        Piece p = piece(ps, k);
        Piece before = piece(ps, k - 1);
        Piece after = piece(ps, k + 1);
        if (p == null || before == null || after == null || !before.lower().equals("on") || !p.tokenEnd()
                || !isDayNumber(p)) {
            return false;
        }
        Token t = s.token(after.token());
        String w = after.lower();
        if (w.equals("of") || w.equals("per") || w.equals("out")) return false;
        return w.equals("due") || t.isVerb() || t.isAdverb() || t.pos().equals("IN") || t.pos().equals("TO")
                || t.pos().equals("WRB");
    }

    /** Whether a piece is written as a day of the month: an ungrouped integer 1..31. */
    private static boolean isDayNumber(Piece p) {
        DigitNumber d = DigitNumber.parse(p.text());
        return d != null && d.value() != null && d.integer() && !d.grouped() && d.value().intValue() >= 1
                && d.value().intValue() <= 31;
    }

    /** Hours that tell the time: "1707 hours", "as of 21 hours", "at 8 hours", a span "0-24 hours". */
    private static boolean isClockHours(List<Piece> ps, Amount a, Amount b) {
        String t = ps.get(a.numberStart).text();
        if (t.length() == 4 && a.value.intValue() % 100 < 60 && a.value.intValue() <= 2400) return true;
        if (b != null) return a.value.signum() == 0;
        Piece prev = piece(ps, a.first - 1);
        Piece prev2 = piece(ps, a.first - 2);
        return prev != null && (prev.lower().equals("at") || prev.lower().equals("of") && prev2 != null
                && prev2.lower().equals("as"));
    }

    private static boolean isMinutes(Piece p) {
        if (p == null || p.text().length() != 2) return false;
        DigitNumber d = DigitNumber.parse(p.text());
        return d != null && d.value() != null && d.integer() && d.value().intValue() < 60;
    }

    /** "0:00", "24:00", "8:30": a clock time token. */
    private static boolean isClock(String t) {
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 2 || t.length() - colon - 1 != 2) return false;
        for (int i = 0; i < t.length(); i++) {
            if (i != colon && !Character.isDigit(t.charAt(i))) return false;
        }
        return true;
    }

    private static final Set<String> OPENING_MARKS = Set.of("\"", "``", "“", "‘", "'", "(", "-LRB-");

    /** Whether token t is the sentence's first word, perhaps after an opening quote or bracket (“Two people died”). */
    private static boolean opensSentence(Sentence s, Token t) {
        for (int i = 0; i < t.index(); i++) {
            if (!OPENING_MARKS.contains(s.token(i).word())) return false;
        }
        return true;
    }

    private static boolean isOpeningQuote(Piece p) {
        return Set.of("\"", "``", "“", "‘").contains(p.text());
    }

    /**
     * Whether a closing quote comes within a few pieces of k and closes a phrase without a verb, a slogan or name
     * (“two bombs and one star”, “three sessions, one lesson”), not a quoted sentence (“Two people died,” he said).
     */
    private static boolean quoteClosesSoon(Sentence s, List<Piece> ps, int k) {
        for (int j = k; j < ps.size() && j < k + 6; j++) {
            String t = ps.get(j).text();
            if (Set.of("\"", "''", "”", "’").contains(t)) return true; // “two bombs and one star,”
            if (s.token(ps.get(j).token()).isVerb()) return false;
        }
        return false;
    }

    private static boolean isQuote(Piece p) {
        return Set.of("\"", "''", "``", "“", "”", "'", "’", "‘").contains(p.text());
    }

    private static Piece piece(List<Piece> ps, int k) {
        return k >= 0 && k < ps.size() ? ps.get(k) : null;
    }

    /** Whether a number parsed at piece k looks like a year ("in 2019"). */
    static boolean looksLikeYear(NumberPhrase.Parsed d, List<Piece> ps, int k) {
        if (d.digits() == null || d.end() != k + 1 || d.digits().grouped() || !d.digits().integer()) return false;
        String t = ps.get(k).text();
        int v = d.value().intValue();
        return t.length() == 4 && v >= 1900 && v <= 2100;
    }

    static boolean isMonth(Token t) {
        return t.isCapitalized() && Months.number(t.word()) > 0 && (t.pos().startsWith("NNP") || t.word().length() > 3);
    }

    static boolean isOne(BigDecimal v) {
        return v != null && v.compareTo(BigDecimal.ONE) == 0;
    }

    static boolean count(FigureKind k) {
        return k == FigureKind.COUNT;
    }
}
