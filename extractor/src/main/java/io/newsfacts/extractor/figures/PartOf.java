package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Subsets: "22 suspects including 13 snakeheads", "of whom 5", "among them 3", "six shells of them" (of a larger
 * count before it, in its sentence or the one before), "134 million of the 700 million users", "among the 3 who
 * tested positive, one ... and two ..."; a percentage "of these" is a share ({@code of}) of the count
 * before it; a sentence opening with "Among
 * them," makes its first count part of the last count of the sentence before.
 */
final class PartOf {
    /** How far into an "Among them, …" sentence its first count may stand and still be the subset. */
    private static final int OPENING_REACH = 8;

    private PartOf() {
    }

    static void apply(Sentence s, List<FigureDraft> here, List<FigureDraft> previousSentence) {
        for (int i = 0; i < here.size(); i++) {
            FigureDraft f = here.get(i);
            if (f.m.kind() == FigureKind.PERCENT && f.of == null && ofThemAfter(s, f, ANAPHORIC)) {
                // "277 vulnerabilities; 39 percent of these are rated critical": a share of the count before it in
                // its sentence ("of those polled" names a new group)
                FigureDraft whole = lastCountBefore(here, i);
                if (whole != null) f.of = whole;
                continue;
            }
            if (f.m.kind() != FigureKind.COUNT) continue;
            int k = f.m.qualifierFirst() - 1;
            Token t = s.token(k);
            Token t2 = s.token(k - 1);
            boolean marker = t != null && (lower(t).equals("including") || lower(t).equals("includes")
                    || lower(t).equals("include") || lower(t).equals("included")
                    || (lower(t).equals("whom") || lower(t).equals("which") || lower(t).equals("them"))
                    && t2 != null && (lower(t2).equals("of") || lower(t2).equals("among")));
            FigureDraft ofThe = marker ? null : ofTheCount(s, f, here);
            if (marker) {
                // a part is smaller ("six kinds of supplies, including 1.35 million woven bags" is no subset)
                FigureDraft whole = lastCountBefore(here, i);
                if (whole != null && (f.m.value() == null || whole.m.value().compareTo(f.m.value()) > 0)) {
                    f.partOf = whole;
                }
            } else if (ofThe != null) {
                f.partOf = ofThe; // "134 million of the 700 million users", "13 out of 659"
            } else if (ofThemAfter(s, f, PARTITIVE)) {
                // "Six shells of them hit the area", "12 of whom", "two of which": a part of a larger count just before
                FigureDraft whole = largerCountBefore(here, i, f);
                if (whole == null) whole = largerCountBefore(previousSentence, previousSentence.size(), f);
                if (whole != null) f.partOf = whole;
            }
        }
        // "Among the 3 who tested positive, one is deceased and two are in hospital"
        for (int i = 0; i < here.size(); i++) {
            FigureDraft whole = here.get(i);
            int k = whole.m.qualifierFirst();
            // "among" opening the sentence or a clause, not "listed among the 8,000"
            if (whole.m.kind() != FigureKind.COUNT || whole.m.value() == null || k < 2
                    || !lower(s.token(k - 1)).equals("the") || !lower(s.token(k - 2)).equals("among")
                    || k > 2 && !CLAUSE_BREAKS.contains(lower(s.token(k - 3)))) {
                continue;
            }
            for (int j = i + 1; j < here.size(); j++) {
                FigureDraft part = here.get(j);
                if (part.m.kind() == FigureKind.COUNT && part.partOf == null && part.m.value() != null
                        && part.m.value().compareTo(whole.m.value()) < 0) {
                    part.partOf = whole;
                }
            }
        }
        // "Six shells of them hit the area ... and other 15 shells fell near ...": a sibling part of the same whole
        for (int i = 1; i < here.size(); i++) {
            FigureDraft f = here.get(i);
            FigureDraft sibling = here.get(i - 1);
            int k = f.m.qualifierFirst();
            if (f.partOf == null && f.m.kind() == FigureKind.COUNT && f.m.value() != null && sibling.partOf != null
                    && k > 0 && lower(s.token(k - 1)).equals("other") && hasAnd(s, sibling.m.last() + 1, k - 1)
                    && sibling.partOf.m.value().compareTo(f.m.value()) > 0) {
                f.partOf = sibling.partOf;
            }
        }
        // "Among them, …" opening the sentence
        if (s.size() > 2 && lower(s.token(0)).equals("among") && lower(s.token(1)).equals("them")
                && !here.isEmpty() && here.get(0).m.kind() == FigureKind.COUNT && here.get(0).partOf == null
                && here.get(0).m.first() <= OPENING_REACH) {
            FigureDraft whole = lastCountBefore(previousSentence, previousSentence.size());
            if (whole != null) here.get(0).partOf = whole;
        }
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "and", "but", "while", "``", "\"", "“");

    /** Pronouns after "of" that take a part of a count named before ("12 of whom", "two of which"). */
    private static final Set<String> PARTITIVE = Set.of("them", "whom", "which", "these", "those");
    /** Of those, the ones that point back to it ("39 percent of these"; not "of those polled", a new group). */
    private static final Set<String> ANAPHORIC = Set.of("them", "which", "these");

    /** Whether "of" and one of {@code pronouns} follow the figure or the phrase it counts. */
    private static boolean ofThemAfter(Sentence s, FigureDraft f, Set<String> pronouns) {
        int end = f.attachment.counted() != null && f.attachment.counted().start() >= f.end()
                ? f.attachment.counted().end() : f.end();
        int k = 0;
        while (k < s.size() && s.token(k).start() < end) k++;
        Token of = s.token(k);
        Token them = s.token(k + 1);
        return of != null && them != null && lower(of).equals("of")
                && pronouns.contains(lower(them));
    }

    private static boolean hasAnd(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lower(s.token(k)).equals("and")) return true;
        }
        return false;
    }

    /** "134 million of the 700 million users", "13 out of 659": the larger count right after "(out) of (the)". */
    private static FigureDraft ofTheCount(Sentence s, FigureDraft f, List<FigureDraft> here) {
        if (f.m.value() == null) return null;
        int k = f.m.last() + 1;
        if (s.token(k) != null && lower(s.token(k)).equals("out")) k++;
        if (s.token(k) == null || !lower(s.token(k)).equals("of")) return null;
        k++;
        if (s.token(k) != null && lower(s.token(k)).equals("the")) k++;
        for (FigureDraft g : here) {
            if (g != f && g.m.kind() == FigureKind.COUNT && g.m.qualifierFirst() == k && g.m.value() != null
                    && g.m.value().compareTo(f.m.value()) > 0) {
                return g;
            }
        }
        return null;
    }

    /** The last count before index {@code end} that is larger than the part {@code f}. */
    private static FigureDraft largerCountBefore(List<FigureDraft> figures, int end, FigureDraft f) {
        if (f.m.value() == null) return null;
        for (int i = end - 1; i >= 0; i--) {
            FigureDraft w = figures.get(i);
            if (w.m.kind() == FigureKind.COUNT && w.m.value() != null && w.m.value().compareTo(f.m.value()) > 0) {
                return w;
            }
        }
        return null;
    }

    private static FigureDraft lastCountBefore(List<FigureDraft> figures, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (figures.get(i).m.kind() == FigureKind.COUNT && figures.get(i).m.value() != null) return figures.get(i);
        }
        return null;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
