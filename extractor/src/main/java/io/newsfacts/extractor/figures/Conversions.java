package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Unit conversions in parentheses restate the measure before them ("6,000 mu (400 hectares)", "1,000 jin (500
 * kg)"): the restatement is not a figure of its own. Amounts of money in two currencies are both kept: sources
 * often state both.
 */
final class Conversions {
    private Conversions() {
    }

    static List<NumberMention> drop(Sentence s, List<NumberMention> mentions) {
        List<NumberMention> out = new ArrayList<>(mentions.size());
        NumberMention previous = null;
        for (NumberMention m : mentions) {
            if (previous != null && isRestatement(s, previous, m)) continue;
            out.add(m);
            previous = m;
        }
        return out;
    }

    private static boolean isRestatement(Sentence s, NumberMention before, NumberMention m) {
        // money in two currencies is often both in the source ("EUR 4.3 billion (USD 5 billion)"); only measures
        if (m.kind() != FigureKind.QUANTITY || before.kind() != FigureKind.QUANTITY) return false;
        if (m.unit() == null || before.unit() == null || Objects.equals(m.unit(), before.unit())) return false;
        // "(", then at most an approximation word, then the figure
        int open = before.last() + 1;
        Token t = s.token(open);
        if (t == null || !(t.word().equals("(") || t.pos().equals("-LRB-"))) return false;
        return m.qualifierFirst() >= open + 1 && m.qualifierFirst() <= open + 2 && m.first() <= open + 3;
    }
}
