package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * Subsets: "22 suspects including 13 snakeheads", "of whom 5", "among them 3"; a sentence opening with "Among
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
            if (f.m.kind() != FigureKind.COUNT) continue;
            int k = f.m.qualifierFirst() - 1;
            Token t = s.token(k);
            Token t2 = s.token(k - 1);
            boolean marker = t != null && (lower(t).equals("including") || lower(t).equals("includes")
                    || lower(t).equals("include") || lower(t).equals("included")
                    || (lower(t).equals("whom") || lower(t).equals("which") || lower(t).equals("them"))
                    && t2 != null && (lower(t2).equals("of") || lower(t2).equals("among")));
            if (marker) {
                FigureDraft whole = lastCountBefore(here, i);
                if (whole != null) f.partOf = whole;
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
