package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** True positives, false positives and false negatives, and the precision, recall and F1 they give. */
final class PrfCounter {
    int tp;
    int fp;
    int fn;

    void add(PrfCounter o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
    }

    /** {"tp", "fp", "fn", "precision", "recall", "f1"}; a ratio with a zero denominator is null. */
    ObjectNode toJson() {
        ObjectNode n = ScoreJson.NODES.objectNode();
        n.put("tp", tp);
        n.put("fp", fp);
        n.put("fn", fn);
        n.put("precision", tp + fp > 0 ? round((double) tp / (tp + fp)) : null);
        n.put("recall", tp + fn > 0 ? round((double) tp / (tp + fn)) : null);
        n.put("f1", tp + fp + fn > 0 ? round(2.0 * tp / (2 * tp + fp + fn)) : null);
        return n;
    }

    /** Python's {@code round(x, 6)}: the exact binary value rounded half-even. */
    static Double round(double x) {
        return new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }
}
