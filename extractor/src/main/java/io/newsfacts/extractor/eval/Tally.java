package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything counted while scoring a set of documents (score.py's {@code GoldStats}). */
final class Tally {
    static final List<String> OFFSET_SECTIONS = List.of("entities", "figures", "warnings", "nested");

    final Map<String, PrfCounter> entities = counters(Vocabulary.ENTITY_TYPES);
    final Map<String, PrfCounter> entitiesLenient = counters(Vocabulary.ENTITY_TYPES);
    int entitiesIgnoredOptional;
    int entitiesIgnoredNotScored;
    final AccuracyCounter subtype = new AccuracyCounter();
    final Map<String, PrfCounter> figures = counters(Vocabulary.KINDS_AND_OTHER);
    int figuresIgnoredOptional;
    int notFiguresFalsePositives;
    final Map<String, AccuracyCounter> attributes = new LinkedHashMap<>();
    final AccuracyCounter warnings = new AccuracyCounter();
    int predictedWarnings;
    final Map<String, ArrayNode> offsetErrors = new LinkedHashMap<>();
    final ArrayNode details = ScoreJson.NODES.arrayNode();

    Tally() {
        for (String a : Vocabulary.FIGURE_ATTRIBUTES) attributes.put(a, new AccuracyCounter());
        for (String s : OFFSET_SECTIONS) offsetErrors.put(s, ScoreJson.NODES.arrayNode());
    }

    private static Map<String, PrfCounter> counters(List<String> keys) {
        Map<String, PrfCounter> m = new LinkedHashMap<>();
        for (String k : keys) m.put(k, new PrfCounter());
        return m;
    }

    /** Records an item whose span does not match the text (it counts as a false positive elsewhere). */
    void offsetError(String section, GoldDocument doc, JsonNode item, String reason) {
        JsonNode it = JsonValues.isObject(item) ? item : ScoreJson.NODES.objectNode();
        ObjectNode e = offsetErrors.get(section).addObject();
        e.put("doc", doc.id());
        e.put("section", section);
        e.set("id", copy(it.get("id")));
        e.set("start", copy(it.get("start")));
        e.set("end", copy(it.get("end")));
        e.set("text", copy(it.get("text")));
        e.put("reason", reason);
    }

    /** A value for the output: null for absent, a copy otherwise (the prediction stays untouched). */
    static JsonNode copy(JsonNode x) {
        return x == null ? ScoreJson.NODES.nullNode() : x.deepCopy();
    }

    /** {@code _brief}: the identifying fields an object has. */
    static ObjectNode brief(JsonNode x) {
        ObjectNode b = ScoreJson.NODES.objectNode();
        for (String k : new String[] {"id", "start", "end", "text", "type", "kind", "value"}) {
            if (JsonValues.has(x, k)) b.set(k, copy(x.get(k)));
        }
        return b;
    }

    /** A new per-document details object, in score.py's key order. */
    static ObjectNode newDetails(String docId, boolean predicted) {
        ObjectNode d = ScoreJson.NODES.objectNode();
        d.put("doc", docId);
        d.put("predicted", predicted);
        for (String k : new String[] {"entity_fp", "entity_fn", "subtype_errors", "figure_fp", "figure_fn",
            "attribute_errors", "warnings_missed"}) {
            d.putArray(k);
        }
        return d;
    }
}
