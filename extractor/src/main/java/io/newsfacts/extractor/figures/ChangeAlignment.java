package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.Change;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Change figures: a PERCENT (or list of them) after "an increase of", "up", "fell by" …, or before "rise",
 * "drop"; its basis ("year-on-year"); and what it modifies: with "respectively" the list aligns with the same
 * number of figures before it, else the nearest figure before it in the sentence.
 */
final class ChangeAlignment {
    private static final Set<String> UP = Set.of("increase", "increased", "increases", "increasing", "rise", "rose",
            "risen", "rises", "rising", "up", "grew", "grow", "grown", "growth", "gain", "gained", "jump", "jumped",
            "surge", "surged", "climb", "climbed", "soared", "higher", "added", "expanded", "rebounded", "augment",
            "gains", "jumps", "hike", "hikes", "raised", "boosted");
    private static final Set<String> DOWN = Set.of("decrease", "decreased", "decreases", "decline", "declined",
            "declines", "declining", "fall", "fell", "fallen", "falls", "falling", "down", "drop", "dropped",
            "drops", "lower", "reduction", "reduced", "cut", "slumped", "shrank", "shrunk", "plunged", "plummeted",
            "slid", "tumbled", "dipped", "contracted", "lost", "decreasing", "cuts", "reductions", "slashed");
    private static final Set<String> LIST_GLUE = Set.of("and", ",", "or", "by", "either");
    private static final Set<String> VERB_DIRECTION_UP = Set.of("increase", "rise", "grow", "raise", "boost",
            "lift", "climb", "jump", "surge", "soar", "gain", "expand", "rebound", "double", "triple", "appreciate",
            "improve", "accelerate", "strengthen");

    private ChangeAlignment() {
    }

    static void apply(Sentence s, List<FigureDraft> figures) {
        int i = 0;
        while (i < figures.size()) {
            FigureDraft f = figures.get(i);
            if (f.m.kind() != FigureKind.PERCENT) {
                i++;
                continue;
            }
            // a list of percentages: "41.1% and 116.4%"
            List<FigureDraft> list = new ArrayList<>();
            list.add(f);
            int j = i + 1;
            while (j < figures.size() && figures.get(j).m.kind() == FigureKind.PERCENT
                    && onlyGlue(s, figures.get(j - 1).m.last() + 1, figures.get(j).m.qualifierFirst())) {
                list.add(figures.get(j));
                j++;
            }
            String direction = directionBefore(s, f.m.qualifierFirst());
            int afterList = list.get(list.size() - 1).m.last() + 1;
            if (direction == null) direction = directionAfter(s, afterList);
            if (direction == null && f.attachment.changeVerb() != null) {
                direction = VERB_DIRECTION_UP.contains(f.attachment.changeVerb().lemma()) ? "increase" : "decrease";
            }
            if (direction == null && coordinatedBy(s, f.m.qualifierFirst())) {
                // "rose by 8% globally in January and by 24% in China": the change of the one before
                for (int k = i - 1; k >= 0 && direction == null; k--) {
                    Change c = figures.get(k).change;
                    if (figures.get(k).m.kind() == FigureKind.PERCENT && c != null) direction = c.direction();
                }
            }
            Basis basis = basis(s, afterList, f.m.qualifierFirst());
            boolean respectively = basis.respectively;
            if (direction != null || basis.name != null) {
                Change change = new Change(direction, basis.name);
                for (FigureDraft p : list) {
                    p.change = change;
                    p.changeFigure = true;
                }
                List<FigureDraft> before = new ArrayList<>();
                for (int k = 0; k < i; k++) {
                    FigureKind kind = figures.get(k).m.kind();
                    // a duration is no amount that changes ("waiting more than 18 months has fallen by 9.8%")
                    if ((kind != FigureKind.PERCENT || figures.get(k).change == null)
                            && (kind != FigureKind.DURATION || respectively)) {
                        before.add(figures.get(k));
                    }
                }
                if (respectively && before.size() >= list.size()) {
                    List<FigureDraft> targets = before.subList(before.size() - list.size(), before.size());
                    for (int k = 0; k < list.size(); k++) {
                        list.get(k).of = targets.get(k);
                    }
                } else if (!before.isEmpty() && list.size() == 1) {
                    list.get(0).of = before.get(before.size() - 1);
                }
            }
            i = j;
        }
    }

    /** "and by", "or by", ", by" right before token {@code k}. */
    private static boolean coordinatedBy(Sentence s, int k) {
        if (k < 2 || !s.token(k - 1).lower().equals("by")) return false;
        String w = s.token(k - 2).lower();
        return w.equals("and") || w.equals("or") || w.equals(",");
    }

    private static boolean onlyGlue(Sentence s, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) {
            if (!LIST_GLUE.contains(s.token(k).word().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "an increase of", "up", "fell by", "down": up to four tokens before the figure. */
    private static String directionBefore(Sentence s, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (UP.contains(w)) return "increase";
            if (DOWN.contains(w)) return "decrease";
            if (!(w.equals("of") || w.equals("by") || w.equals("either") || w.equals("a") || w.equals("an") || t.isAdverb()
                    || t.isAdjective() || w.equals("some") || w.equals("about"))) {
                return null;
            }
        }
        return null;
    }

    /** "a 5% increase", "5% higher". */
    private static String directionAfter(Sentence s, int k) {
        for (int i = k; i < s.size() && i < k + 2; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (UP.contains(w)) return "increase";
            if (DOWN.contains(w)) return "decrease";
        }
        return null;
    }

    private record Basis(String name, boolean respectively) {
    }

    /** The comparison basis near the figures and whether "respectively" follows them. */
    private static Basis basis(Sentence s, int after, int before) {
        String name = null;
        boolean respectively = false;
        StringBuilder window = new StringBuilder();
        for (int i = after; i < s.size() && i < after + 10; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(".")) break;
            if (w.equals("respectively")) respectively = true;
            window.append(w).append(' ');
        }
        int from = before;
        while (from > 0 && from > before - 8 && !Set.of(",", ";", "while", "whereas", "but").contains(
                s.token(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--; // the basis before the figures, within their clause ("year-on-year growth of 5%")
        }
        for (int i = from; i < before; i++) {
            window.append(s.token(i).word().toLowerCase(Locale.ROOT)).append(' ');
        }
        String x = window.toString();
        if (x.contains("year-on-year") || x.contains("year on year") || x.contains("a year earlier")
                || x.contains("a year ago") || x.contains("same period last year") || x.contains("previous year")
                || x.contains("year-over-year") || x.contains("y-o-y") || x.contains("yoy")) {
            name = "year-on-year";
        } else if (x.contains("month-on-month") || x.contains("month on month") || x.contains("previous month")
                || x.contains("a month earlier")) {
            name = "month-on-month";
        } else if (x.contains("quarter-on-quarter") || x.contains("previous quarter")) {
            name = "quarter-on-quarter";
        } else if (x.contains("week-on-week") || x.contains("previous week")) {
            name = "week-on-week";
        }
        return new Basis(name, respectively);
    }
}
