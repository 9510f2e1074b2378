package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How many of n checks were right. */
final class AccuracyCounter {
    int n;
    int correct;

    void add(boolean ok) {
        n++;
        if (ok) correct++;
    }

    Double accuracy() {
        return n > 0 ? PrfCounter.round((double) correct / n) : null;
    }

    /** {"n", "correct", "accuracy"}; accuracy is null when n is 0. */
    ObjectNode toJson() {
        ObjectNode o = ScoreJson.NODES.objectNode();
        o.put("n", n);
        o.put("correct", correct);
        o.put("accuracy", accuracy());
        return o;
    }
}
