package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gold file, checked against its article text: the gold figures and entities (JSON objects, as the gold has
 * them), the spans that must not be figures, the spans where entities are not scored, and which sections count.
 *
 * @param path      the gold file as found (notes name it so)
 * @param fileRel   the gold's {@code file}, relative to the gold file
 * @param filePath  the article file
 * @param notes     things a person should know about the gold (a changed sha256, an unknown kind, …)
 */
public record GoldDocument(
        Path path,
        String id,
        String fileRel,
        Path filePath,
        String text,
        ObjectNode data,
        List<String> notes) {

    /** A half-open span given by a gold list. */
    record Bounds(long start, long end) {
        boolean overlaps(long s, long e) {
            return Math.min(e, end) - Math.max(s, start) > 0;
        }
    }

    public GoldDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(data, "data");
        notes = List.copyOf(notes);
    }

    ArticleText articleText() {
        return new ArticleText(text);
    }

    /** Whether figures are scored: the gold lists them in {@code scored}, or has a figures field when it has none. */
    public boolean scoresFigures() {
        return scores("figures");
    }

    public boolean scoresEntities() {
        return scores("entities");
    }

    private boolean scores(String section) {
        JsonNode scored = JsonValues.get(data, "scored");
        if (scored == null) return data.has(section);
        for (JsonNode s : scored) {
            if (section.equals(s.textValue())) return true;
        }
        return false;
    }

    List<JsonNode> figures() {
        return JsonValues.list(JsonValues.get(data, "figures"));
    }

    List<JsonNode> entities() {
        return JsonValues.list(JsonValues.get(data, "entities"));
    }

    List<Bounds> notFigures() {
        return bounds("not_figures");
    }

    List<Bounds> notScored() {
        return bounds("not_scored_spans");
    }

    private List<Bounds> bounds(String field) {
        List<Bounds> out = new ArrayList<>();
        for (JsonNode it : JsonValues.list(JsonValues.get(data, field))) {
            if (it.isObject()) {
                out.add(new Bounds(JsonValues.asLong(it.get("start")), JsonValues.asLong(it.get("end"))));
            } else {
                out.add(new Bounds(JsonValues.asLong(it.get(0)), JsonValues.asLong(it.get(1))));
            }
        }
        return out;
    }
}
