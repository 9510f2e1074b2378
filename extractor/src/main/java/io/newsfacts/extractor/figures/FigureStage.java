package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.Change;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Period;
import io.newsfacts.extractor.model.Predicate;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.model.Warning;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of an article and their relations: the counted noun phrase and governing verb (from the
 * tagged tokens), the period (time expressions of the sentence or of the paragraph's opening sentence), change
 * and "respectively" alignment, part-of ("including", "among them"), agency and place. Thread-safe.
 */
public final class FigureStage {
    private static final Pattern REPORTED_AFTER = Pattern.compile(
            "\\s*(?:has\\s+|had\\s+)?(?:said|says|announced|reported|stated|told|disclosed|revealed"
                    + "|added(?!\\s+[\\d$£€])|declared|estimated|estimates|forecast|predicted|expects|expected"
                    + "|confirmed)\\b");
    private static final Pattern REPORTED_BEFORE = Pattern.compile(
            "\\b(?:according to|said|says|announced by|reported by|data from|figures from|released by|published by"
                    + "|issued by|compiled by)\\s+(?:the\\s+)?$");
    private static final Pattern NATIONWIDE = Pattern.compile(
            "\\b(across the country|nationwide|across China|throughout the country|around the world|worldwide)\\b");

    /** Warning code of a figure whose amount is vague ("thousands of"): it has no value. */
    public static final String VAGUE_AMOUNT = "VAGUE_AMOUNT";

    /** The figures and the warnings raised while reading their numbers. */
    public record Result(List<Figure> figures, List<Warning> warnings) {
        public Result {
            figures = List.copyOf(figures);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The figures of an article; {@code times} are each sentence's time expressions (in sentence order), {@code
     * dateline} (may be null) is the article's dateline, whose date is when the story was filed, not what its
     * figures refer to.
     */
    public Result find(Parse parse, List<Entity> entities, List<List<TimeExpression>> times, Span dateline) {
        String text = parse.text();
        List<FigureDraft> drafts = new ArrayList<>();
        List<List<FigureDraft>> bySentence = new ArrayList<>();
        Set<String> codes = Codes.find(parse);
        for (Sentence s : parse.sentences()) {
            List<NumberMention> mentions = Conversions.drop(s, NumberGrammar.find(s, codes));
            List<FigureDraft> here = new ArrayList<>();
            for (NumberMention m : mentions) {
                FigureDraft d = new FigureDraft(s, m, Relations.attach(text, s, m, mentions));
                here.add(d);
                drafts.add(d);
            }
            bySentence.add(here);
        }
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = "f" + (i + 1);
        }
        for (int si = 0; si < bySentence.size(); si++) {
            List<FigureDraft> here = bySentence.get(si);
            Sentence s = parse.sentences().get(si);
            ChangeAlignment.apply(s, here);
            PartOf.apply(s, here, si > 0 ? bySentence.get(si - 1) : List.of());
        }
        List<TimeExpression>[] sentenceTimes = timesBySentence(parse, times, dateline, bySentence);
        int[] reportingEnds = reportingClauseEnds(parse, sentenceTimes);
        List<Entity>[] sentenceEntities = entitiesBySentence(parse, entities);
        List<Span>[] nationwide = nationwideBySentence(parse, drafts);
        List<Figure> figures = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (FigureDraft d : drafts) {
            Span span = Span.of(text, d.start(), d.end());
            if (d.m.malformed()) {
                warnings.add(new Warning(Warning.MALFORMED_NUMBER, span,
                        "digit groups must have three digits; the value is ambiguous (" + span.text() + ")"));
            }
            if (d.m.vague()) {
                warnings.add(new Warning(VAGUE_AMOUNT, span,
                        "a vague amount has no exact value (" + span.text() + ")"));
            }
            Relations.Attachment a = d.attachment;
            Predicate predicate = d.changeFigure ? a.changeVerb() : a.predicate();
            Period period = period(parse, sentenceTimes, reportingEnds, d, bySentence.get(d.sentence.index()));
            figures.add(new Figure(d.id, d.m.kind(), span, d.m.value(), d.m.unit(), d.m.qualifier(), d.m.range(),
                    a.counted(), predicate, period, place(text, d, nationwide[d.sentence.index()],
                            sentenceEntities[d.sentence.index()]),
                    agency(text, d, sentenceEntities[d.sentence.index()]), d.change,
                    d.of == null ? null : d.of.id, d.partOf == null ? null : d.partOf.id, d.m.approximate(),
                    d.sentence.index()));
        }
        return new Result(figures, warnings);
    }

    /**
     * The entities lying inside each sentence, in article order: the agency and place of a figure are looked for
     * in its own sentence only, and looking there once per figure over the whole article's entities was
     * quadratic on figure-dense text.
     */
    @SuppressWarnings("unchecked")
    private static List<Entity>[] entitiesBySentence(Parse parse, List<Entity> entities) {
        List<Sentence> ss = parse.sentences();
        List<Entity>[] out = new List[ss.size()];
        for (int i = 0; i < out.length; i++) out[i] = new ArrayList<>();
        int[] starts = new int[ss.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = ss.get(i).start();
        for (Entity e : entities) {
            int k = java.util.Arrays.binarySearch(starts, e.start());
            if (k < 0) k = -k - 2; // the last sentence starting before the entity
            if (k >= 0 && e.end() <= ss.get(k).end()) out[k].add(e);
        }
        return out;
    }

    /** Where each sentence that holds a figure says "across the country"/"nationwide". */
    @SuppressWarnings("unchecked")
    private static List<Span>[] nationwideBySentence(Parse parse, List<FigureDraft> drafts) {
        List<Span>[] out = new List[parse.sentences().size()];
        String text = parse.text();
        for (FigureDraft d : drafts) {
            int si = d.sentence.index();
            if (out[si] != null) continue;
            out[si] = new ArrayList<>();
            Matcher m = NATIONWIDE.matcher(text).region(d.sentence.start(), d.sentence.end());
            while (m.find()) out[si].add(Span.of(text, m.start(), m.end()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<TimeExpression>[] timesBySentence(Parse parse, List<List<TimeExpression>> times,
            Span dateline, List<List<FigureDraft>> figures) {
        List<TimeExpression>[] out = new List[parse.sentences().size()];
        for (Sentence s : parse.sentences()) {
            List<TimeExpression> ts = new ArrayList<>(times.get(s.index()));
            if (dateline != null) ts.removeIf(t -> t.span().overlaps(dateline));
            // "an increase of 2019 new confirmed cases": a count the grammar read, no year
            ts.removeIf(t -> figures.get(s.index()).stream().anyMatch(f -> f.m.kind() != FigureKind.DURATION
                    && f.start() < t.span().end() && t.span().start() < f.end()));
            out[s.index()] = ts;
        }
        return out;
    }

    /**
     * The time expression right after the figure ("4% in 2004", "£194m last year"); else the one of the figure's
     * sentence nearest before it (else after it), leaving out a baseline ("compared to last year", "from £194m last
     * year" for another figure); failing that, the one that opens its paragraph, unless the sentence speaks of the
     * present ("today", "now").
     */
    private static Period period(Parse parse, List<TimeExpression>[] times, int[] reportingEnds, FigureDraft d,
            List<FigureDraft> here) {
        String text = parse.text();
        List<TimeExpression> ts = times[d.sentence.index()];
        for (TimeExpression t : ts) {
            // not "10% of 2000 levels", "up $3bn from 2003": a time after "of" or "from" is a baseline
            if (t.span().start() >= d.end() && ADJACENT.matcher(text.substring(d.end(), t.span().start())).matches()
                    && !t.span().text().regionMatches(true, 0, "of ", 0, 3)
                    && !t.span().text().regionMatches(true, 0, "from ", 0, 5)) {
                return new Period(t.span(), t.from(), t.to());
            }
        }
        int reportingEnd = reportingEnds[d.sentence.index()];
        List<TimeExpression> candidates = ts.stream().filter(t -> !isBaseline(text, t, d, here)
                && !(t.span().end() <= reportingEnd && d.start() > t.span().end())).toList();
        TimeExpression best = nearest(text, candidates, d.start(), d.end());
        if (best == null && candidates.size() == ts.size() && !PRESENT.matcher(text.substring(d.sentence.start(),
                d.sentence.end())).find()) {
            int first = paragraphStart(parse, d.sentence.index());
            if (first < d.sentence.index() && !times[first].isEmpty()
                    && times[first].get(0).span().end() > reportingEnds[first]) {
                best = times[first].get(0);
            }
        }
        return best == null ? null : new Period(best.span(), best.from(), best.to());
    }

    /** What may stand between a figure and the time expression that is its own: nothing, or a preposition. */
    private static final Pattern ADJACENT = Pattern.compile("\\s*(?:(?:in|during|for|by|over)\\s+)?");
    /** Words before a time expression that make it the term of a comparison ("compared to last year"). */
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)(?:compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|relative\\s+to|than|against|versus|vs\\.?)"
                    + "\\s+(?:that\\s+of\\s+)?(?:the\\s+)?$");
    /** Words before a figure that make it a baseline ("from £194m last year", "compared with 3%"). */
    private static final Pattern BASELINE_FIGURE = Pattern.compile(
            "(?i)(?:compared\\s+(?:to|with)|than|against|versus|vs\\.?|from)\\s+(?:a\\s+|an\\s+)?$");
    /** "a rebound over last year", "up 40% over 2019": "over" a past time compares with it. */
    private static final Pattern OVER = Pattern.compile("(?i)\\bover\\s+$");
    private static final Pattern OVER_TERM = Pattern.compile("(?i)(?:last\\b|(?:19|20)\\d{2}\\b|the same period)");
    /** "this reporter learned", "the journalist was told": the clause that says when the news was gathered. */
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:journalists?|reporters?|correspondents?)\\b"
            + "[^.;]{0,60}?\\b(?:learned|learnt|was told|were told|found out|noted)\\b");

    /**
     * Per sentence, the end of a clause that dates only the reporting ("On July 26th, this journalist learned from the
     * bureau that recently, ..."): the "that" after the reporting verb, when what follows happened "recently" or
     * "earlier"; -1 when there is none. A time expression ending before it is no period of the figures after it.
     * (Breaking news learned "on July 26" happened about then.) Only sentences with time expressions are read.
     */
    private static int[] reportingClauseEnds(Parse parse, List<TimeExpression>[] times) {
        int[] ends = new int[times.length];
        for (Sentence s : parse.sentences()) {
            ends[s.index()] = -1;
            if (times[s.index()].isEmpty()) continue;
            String sentence = parse.text().substring(s.start(), s.end());
            Matcher m = REPORTING.matcher(sentence);
            if (!m.find()) continue;
            int that = sentence.indexOf(" that ", m.end());
            int clauseEnd = that < 0 ? m.end() : that;
            if (RECENT.matcher(sentence.substring(clauseEnd)).find()) ends[s.index()] = s.start() + clauseEnd;
        }
        return ends;
    }

    /** What was reported happened before the day it was learned. */
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:recently|in recent (?:days|weeks)|earlier)\\b");

    /** Words after a year that make it a benchmark ("10% of 2000 levels", "at 1990 prices"). */
    private static final Pattern LEVELS = Pattern.compile("(?i)\\s+(?:levels?|prices|values)\\b");
    /** The present: a sentence that says so takes no period from its paragraph's opening. */
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:today|now|currently|at present|nowadays)\\b");

    /**
     * Whether {@code t} is a comparison's term rather than a period for figure {@code d}: after "compared to" or
     * "than" ("up 12% compared to last year"), or right after another figure that is a baseline ("to £170m from £194m
     * last year" for the £170m), or a benchmark ("of 2000 levels"). ("A decrease from the year before, when it was
     * 40%": "from" alone does not make one.)
     */
    private static boolean isBaseline(String text, TimeExpression t, FigureDraft d, List<FigureDraft> here) {
        int ts = t.span().start();
        String before = text.substring(Math.max(0, ts - 30), ts);
        if (COMPARED.matcher(before).find()) return true;
        if (OVER.matcher(before).find() && OVER_TERM.matcher(t.span().text()).lookingAt()) return true;
        int te = t.span().end();
        if (LEVELS.matcher(text.substring(te, Math.min(text.length(), te + 12))).lookingAt()) return true;
        for (FigureDraft g : here) {
            if (g == d || g.end() > ts || !ADJACENT.matcher(text.substring(g.end(), ts)).matches()) continue;
            int from = Math.max(g.sentence.start(), g.start() - 30);
            if (BASELINE_FIGURE.matcher(text.substring(from, g.start())).find()) return true;
        }
        return false;
    }

    private static TimeExpression nearest(String text, List<TimeExpression> ts, int start, int end) {
        // "today" is the report's time; a figure's own clause may name its period ("Figures published today show
        // 45,756 migrants crossing the Channel last year"): then that one
        boolean otherInClause = ts.stream().anyMatch(t -> !isToday(t) && (t.span().end() <= start
                ? !crossesClause(text, t.span().end(), start) : t.span().start() >= end
                        && !crossesClause(text, end, t.span().start())));
        TimeExpression before = null;
        TimeExpression after = null;
        for (TimeExpression t : ts) {
            if (t.span().start() < end && start < t.span().end()) continue; // the figure itself ("4 months")
            if (otherInClause && isToday(t)) continue;
            if (t.span().end() <= start) before = t;
            else if (after == null) after = t;
        }
        // one in the figure's own clause first: "70 percent in 2009; this has dropped to 56 percent today"
        boolean beforeInClause = before != null && !crossesClause(text, before.span().end(), start);
        boolean afterInClause = after != null && !crossesClause(text, end, after.span().start());
        if (!beforeInClause && afterInClause) return after;
        return before != null ? before : after;
    }

    private static boolean isToday(TimeExpression t) {
        return t.span().text().equalsIgnoreCase("today");
    }

    /** Whether text[from, to) holds a semicolon, the end of a clause within a sentence. */
    private static boolean crossesClause(String text, int from, int to) {
        int i = text.indexOf(';', from);
        return i >= 0 && i < to;
    }

    /** The index of the sentence that opens the paragraph of sentence {@code si}. */
    private static int paragraphStart(Parse parse, int si) {
        List<Sentence> ss = parse.sentences();
        int i = si;
        while (i > 0) {
            String gap = parse.text().substring(ss.get(i - 1).end(), ss.get(i).start());
            if (gap.indexOf('\n') >= 0) break;
            i--;
        }
        return i;
    }

    /**
     * The agency mentioned last before the figure in its sentence, not one it acts "with" ("A, together with B,
     * made ..."); else the agency the sentence quotes after it ("…, the Beijing Municipal Bureau of Statistics
     * said"); else a company or other body it quotes. {@code entities}: those of the figure's sentence.
     */
    private static String agency(String text, FigureDraft d, List<Entity> entities) {
        String best = null;
        boolean companion = false;
        int previousEnd = d.sentence.start();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.subtype() == EntitySubtype.AGENCY
                    && e.start() >= d.sentence.start() && e.end() <= d.start() && e.start() >= previousEnd) {
                // "A and B, together with C, made ...", "A cooperated with B and C": C is a companion, A and B act
                String gap = text.substring(previousEnd, e.start());
                if (WITH.matcher(gap).find()) {
                    // not "with Congress authorising an $800bn rise", where the agency does it
                    companion = !ACTING.matcher(text.substring(e.end(), Math.min(d.start(), e.end() + 25)))
                            .lookingAt();
                }
                else if (!AND_GAP.matcher(gap).matches()) companion = false;
                if (!companion) best = e.id();
                previousEnd = e.end();
            }
        }
        if (best != null) return best;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.subtype() == EntitySubtype.AGENCY
                    && e.start() >= d.end() && e.end() <= d.sentence.end() && isSource(text, e, d.sentence, true)) {
                return e.id();
            }
        }
        // a company, university or other body the sentence names as its source ("according to data from Johns
        // Hopkins University", "Delta Airlines declared that it will inspect the 20 aircraft")
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.start() >= d.sentence.start()
                    && e.end() <= d.sentence.end() && isSource(text, e, d.sentence, false)) {
                return e.id();
            }
        }
        return null;
    }

    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says)\\s+(?:the\\s+)?$");

    /** "together with the", "cooperated with": the agency right after is a companion ("filed with the SEC"). */
    private static final Pattern WITH = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");
    private static final Pattern ACTING = Pattern.compile("\\s+\\p{L}+ing\\b");
    private static final Pattern AND_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:and|as well as|,)\\s*(?:the\\s+)?");

    /**
     * Whether the sentence quotes organization {@code e}: "X said", "according to X", "data released by X"; with
     * "said" right before it only when {@code saidBefore} ("..., said the Bureau", not "Analysts said Fiat seemed").
     */
    private static boolean isSource(String text, Entity e, Sentence s, boolean saidBefore) {
        String after = text.substring(e.end(), Math.min(s.end(), e.end() + 30));
        String before = text.substring(Math.max(s.start(), e.start() - 30), e.start());
        return (REPORTED_AFTER.matcher(after).lookingAt() || REPORTED_BEFORE.matcher(before).find())
                && (saidBefore || !SAID_BEFORE.matcher(before).find()); // not "Analysts said Fiat seemed ..."
    }

    /** Words after a place's name that make it no place: a currency ("the US dollar"), a clock ("Beijing Time"). */
    private static final Pattern NOT_WHERE_AFTER = Pattern.compile(
            "\\s*(?:dollars?|yuan|euros?|pounds?|yen|rupees?|francs?|Time|time zone)\\b");

    /**
     * A place named for something else: a currency or a clock ("against the US dollar", "Beijing Time"), or a place
     * inside a company's name ("Alaska" of "Alaska Airlines"; "US" of "US Department of Energy" still says where).
     */
    private static boolean notWhere(String text, Entity place, List<Entity> sentenceEntities) {
        if (place.text().endsWith(" Time") || NOT_WHERE_AFTER.matcher(text.substring(place.end(),
                Math.min(text.length(), place.end() + 12))).lookingAt()) {
            return true;
        }
        return sentenceEntities.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION
                && o.subtype() != EntitySubtype.AGENCY && o.start() <= place.start() && place.end() <= o.end());
    }

    /** "across the country"/"nationwide", else the nearest place mentioned in the figure's sentence. */
    private static Span place(String text, FigureDraft d, List<Span> nationwide, List<Entity> sentenceEntities) {
        Span best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Span n : nationwide) {
            int dist = Math.abs(n.start() - d.end());
            if (dist < bestDist) {
                bestDist = dist;
                best = n;
            }
        }
        for (Entity e : sentenceEntities) {
            if (e.type() != EntityType.PLACE || notWhere(text, e, sentenceEntities)) continue;
            int dist = Math.min(Math.abs(e.start() - d.end()), Math.abs(d.start() - e.end()));
            if (dist < bestDist) {
                bestDist = dist;
                best = e.span();
            }
        }
        return best;
    }
}
