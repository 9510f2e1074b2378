package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One predicted article as the scorer sees it: a contract JSON object (any shape; the scorer checks what it uses)
 * and the line of the JSON Lines file it came from.
 */
public record Prediction(int line, ObjectNode json) {
    public Prediction {
        Objects.requireNonNull(json, "json");
    }

    /**
     * An extracted article, exactly as {@code extract} would write it and score.py would read it back (numbers
     * become Python's ints and floats).
     */
    public static Prediction of(Article article, int line) {
        try {
            return new Prediction(line, (ObjectNode) ScoreJson.parse(ContractJson.toJsonLine(article), article.id()));
        } catch (ScoreInputException e) {
            throw new IllegalStateException("the contract JSON of " + article.id() + " does not read back", e);
        }
    }

    /** The non-blank lines of a JSON Lines file, each one object. */
    public static List<Prediction> read(Path file) throws ScoreInputException {
        String s = ScoreJson.utf8(GoldFiles.read(file, "file"));
        if (s == null) throw new ScoreInputException(file + ": not UTF-8");
        List<Prediction> out = new ArrayList<>();
        List<String> lines = PyText.splitlines(s);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (PyText.strip(line).isEmpty()) continue;
            JsonNode obj = ScoreJson.parse(line, file + ":" + n);
            if (!obj.isObject()) throw new ScoreInputException(file + ":" + n + ": each line must be a JSON object");
            out.add(new Prediction(n, (ObjectNode) obj));
        }
        return out;
    }
}
