package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pinned accuracy numbers of a {@link Score} (corpus/scores.pin.json) and how a new score compares with them:
 * each number may not drop; a rise must be written into the pin.
 */
final class ScorePin {
    /** A pinned number that moved by more than {@link #TOLERANCE}; a null is a ratio over nothing. */
    record Change(String metric, Double pinned, Double now) {
        boolean drop() {
            return pinned != null && (now == null || now < pinned - TOLERANCE);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s -> %s", metric, pinned, now);
        }
    }

    static final double TOLERANCE = 1e-9;
    static final List<String> METRICS;

    static {
        List<String> m = new ArrayList<>();
        for (String x : new String[] {"precision", "recall", "f1"}) m.add("entities.strict.micro." + x);
        m.add("entities.lenient.micro.f1");
        m.add("entities.subtype.accuracy");
        for (String x : new String[] {"precision", "recall", "f1"}) m.add("figures.detection.micro." + x);
        for (String a : Vocabulary.FIGURE_ATTRIBUTES) m.add("figures.attributes." + a + ".accuracy");
        m.add("figures.warnings.recall");
        METRICS = List.copyOf(m);
    }

    private ScorePin() {
    }

    /** The pinned metrics of a score, in {@link #METRICS} order. */
    static Map<String, Double> of(Score score) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : METRICS) out.put(m, score.number(m));
        return out;
    }

    /** The pin file's JSON: what it is, the document count, the numbers. */
    static String toJson(Map<String, Double> scores, int documents) {
        ObjectNode o = ScoreJson.NODES.objectNode();
        o.put("about", "Scores of the extractor on corpus/gold (newsfacts eval --gold corpus/gold), checked by"
                + " CorpusScoresPinTest: a drop fails the build; a rise must update this file in the same commit"
                + " (README.md, Accuracy pins).");
        o.put("scorer", Vocabulary.SCORER);
        o.put("documents", documents);
        ObjectNode s = o.putObject("scores");
        scores.forEach(s::put);
        return PythonJson.indented(o) + "\n";
    }

    /** The pinned numbers of a pin file's JSON. */
    static Map<String, Double> read(JsonNode pin) {
        Map<String, Double> out = new LinkedHashMap<>();
        pin.get("scores").fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().doubleValue()));
        return out;
    }

    /** Every metric that moved (in either direction, or appeared, or went), in {@link #METRICS} order. */
    static List<Change> changes(Map<String, Double> pinned, Map<String, Double> now) {
        List<Change> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(now.keySet());
        pinned.keySet().stream().filter(k -> !now.containsKey(k)).forEach(keys::add);
        for (String k : keys) {
            Double p = pinned.get(k);
            Double n = now.get(k);
            boolean same = p == null ? n == null && pinned.containsKey(k) : n != null && Math.abs(n - p) <= TOLERANCE;
            if (!same) out.add(new Change(k, p, n));
        }
        return out;
    }
}
