package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The result of scoring, in the shape of score.py's {@code --json} output (same keys, same order), with the
 * per-document details its {@code --verbose} adds.
 */
public final class Score {
    private final ObjectNode result;
    private final ArrayNode details;

    Score(ObjectNode result, ArrayNode details) {
        this.result = result;
        this.details = details;
    }

    /** score.py's {@code --json} object; with {@code verbose}, its {@code details} list too. A fresh copy. */
    public ObjectNode toJson(boolean verbose) {
        ObjectNode r = result.deepCopy();
        if (verbose) r.set("details", details.deepCopy());
        return r;
    }

    /**
     * One number by its dotted path ("figures.detection.micro.f1", "figures.attributes.change.basis.accuracy");
     * null when the path leads to null (a ratio over nothing).
     *
     * @throws IllegalArgumentException when the path names no number of the result
     */
    public Double number(String path) {
        JsonNode x = at(result, path);
        if (x == null || !(x.isNull() || x.isNumber())) {
            throw new IllegalArgumentException("no number at " + path);
        }
        return x.isNull() ? null : x.doubleValue();
    }

    /** Walks a dotted path; keys may contain dots themselves ("change.direction"), the longest key wins. */
    private static JsonNode at(JsonNode node, String path) {
        if (path.isEmpty()) return node;
        if (node == null || !node.isObject()) return null;
        for (int end = path.length(); end > 0; end = path.lastIndexOf('.', end - 1)) {
            String key = path.substring(0, end);
            if (node.has(key)) {
                JsonNode found = at(node.get(key), end == path.length() ? "" : path.substring(end + 1));
                if (found != null) return found;
            }
            if (end <= 0) break;
        }
        return null;
    }

    ArrayNode details() {
        return details;
    }
}
