package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} through {@link Newsfacts#run}: scoring a JSON Lines file, the corpus with the real models, errors. */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Police in Beijing arrested 12 people and seized 3 cars on Monday.\n";

    /** A gold folder with one article: two COUNT figures and one place. */
    private static Path gold(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(dir.resolve("beijing.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("beijing.gold.json"), """
                {"id": "beijing", "file": "beijing.txt",
                 "figures": [
                   {"start": 27, "end": 29, "text": "12", "kind": "COUNT", "value": 12, "counted": "people",
                    "predicate": "arrested"},
                   {"start": 48, "end": 49, "text": "3", "kind": "COUNT", "value": 3, "counted": "cars",
                    "predicate": "seized"}],
                 "entities": [{"start": 10, "end": 17, "text": "Beijing", "type": "PLACE", "subtype": "CITY"}]}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    /** The article's figure 12 right, "3 cars" with the wrong kind, Beijing with the wrong subtype. */
    private static Path prediction(Path tmp) throws IOException {
        return Files.writeString(tmp.resolve("pred.jsonl"), """
                {"schema": "newsfacts/1", "id": "beijing", "figures": [\
                {"id": "f1", "kind": "COUNT", "start": 27, "end": 29, "text": "12", "value": 12, \
                "counted": {"text": "people", "start": 30, "end": 36}, "predicate": {"text": "arrested", "lemma": "arrest"}}, \
                {"id": "f2", "kind": "QUANTITY", "start": 48, "end": 54, "text": "3 cars", "value": 3}], \
                "entities": [{"id": "e1", "type": "PLACE", "subtype": "COUNTRY", "start": 10, "end": 17, "text": "Beijing"}], \
                "warnings": []}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void scoresAJsonLinesFileAsScorePyDoes(@TempDir Path tmp) throws IOException {
        String gold = gold(tmp).toString();
        CliRun r = CliRun.of("eval", "--gold", gold, "--pred", prediction(tmp).toString(), "--json");
        assertEquals(0, r.code(), r::toString);
        JsonNode s = JSON.readTree(r.out());
        assertEquals("newsfacts-score/1", s.get("scorer").asText());
        assertEquals(1.0, s.at("/entities/strict/micro/f1").asDouble());
        assertEquals(0, s.at("/entities/subtype/correct").asInt());
        JsonNode micro = s.at("/figures/detection/micro");
        assertEquals(List.of(1, 1, 1), List.of(micro.get("tp").asInt(), micro.get("fp").asInt(), micro.get("fn").asInt()));
        assertEquals(0.5, micro.get("f1").asDouble());
        assertEquals(1, s.at("/figures/detection/QUANTITY/fp").asInt());
        assertEquals(1.0, s.at("/figures/attributes/predicate/accuracy").asDouble());
        assertEquals(1, s.at("/figures/attributes/counted/n").asInt());
        assertTrue(s.at("/figures/attributes/period/accuracy").isNull(), "no gold period: nothing to score");

        CliRun table = CliRun.of("eval", "--gold", gold, "--pred", tmp.resolve("pred.jsonl").toString(), "-v");
        assertEquals(0, table.code(), table::toString);
        assertTrue(table.out().startsWith("newsfacts scorer (newsfacts-score/1), gold mode\n"), table::toString);
        assertTrue(table.out().contains("\n  micro                                  1     1     1   0.500  0.500  0.500\n"),
                table::toString);
        assertTrue(table.out().contains("subtype_errors: {\"gold\": {\"start\": 10, "), table::toString);

        CliRun entitiesOnly = CliRun.of("eval", "--gold", gold, "--pred", tmp.resolve("pred.jsonl").toString(),
                "--only", "entities", "--json");
        assertTrue(JSON.readTree(entitiesOnly.out()).get("figures").isNull(), entitiesOnly::toString);
    }

    @Test
    void evaluatesTheExtractorOnTheCorpusGold() throws IOException {
        Path corpusGold = Path.of(System.getProperty("newsfacts.corpus"), "gold");
        long golds;
        try (var files = Files.list(corpusGold)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).count();
        }
        CliRun r = CliRun.of("eval", "--gold", corpusGold.toString(), "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("newsfacts scorer (newsfacts-score/1), gold mode\nDocuments: " + golds + " gold ("),
                r::toString);
        assertTrue(r.out().contains(golds + " with a prediction, 0 missing"), r::toString);
        assertTrue(r.out().contains("Entities (exact span + type)"), r::toString);
        assertTrue(r.out().contains("Figures (overlap + kind, one-to-one)"), r::toString);
        assertTrue(r.out().contains("Offset errors (counted as false positives): entities 0, figures 0, warnings 0,"
                + " nested spans 0"), r::toString);
        assertTrue(Pattern.compile("newsfacts: " + golds + " articles, \\d+ figures, \\d+ entities, 0 failures, "
                + "\\d+\\.\\d s\n$").matcher(r.err()).find(), r::toString);
    }

    @Test
    void aMalformedPredictionLineIsNamedAndExits1(@TempDir Path tmp) throws IOException {
        Path pred = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\": \"beijing\"}\nnot json\n");
        CliRun r = CliRun.of("eval", "--gold", gold(tmp).toString(), "--pred", pred.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().startsWith("newsfacts: " + pred + ":2: invalid JSON"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void goldThatMissesItsTextOrIsMissingExits1(@TempDir Path tmp) throws IOException {
        Path dir = gold(tmp);
        CliRun missing = CliRun.of("eval", "--gold", tmp.resolve("nowhere").toString(), "--pred", "x.jsonl");
        assertEquals(1, missing.code(), missing::toString);
        assertTrue(missing.err().startsWith("newsfacts: gold path not found: "), missing::toString);
        Path g = dir.resolve("beijing.gold.json");
        Files.writeString(g, Files.readString(g).replace("\"start\": 10", "\"start\": 11"));
        CliRun shifted = CliRun.of("eval", "--gold", dir.toString(), "--pred", prediction(tmp).toString());
        assertEquals(1, shifted.code(), shifted::toString);
        assertTrue(shifted.err().contains("gold does not match its text"), shifted::toString);
        assertTrue(shifted.err().contains("entities[0]: text 'Beijing' != article[11:17] 'eijing'"), shifted::toString);
    }

    @Test
    void usageErrorsExit2AndHelpListsTheExitCodes() {
        assertEquals(2, CliRun.of("eval").code());
        assertEquals(2, CliRun.of("eval", "--gold", "g", "--only", "dates").code());
        assertEquals(2, CliRun.of("eval", "--gold", "g", "--threads", "0").code());
        CliRun help = CliRun.of("eval", "--help");
        assertEquals(0, help.code(), help::toString);
        assertTrue(help.out().contains("Exit codes:"), help::toString);
        assertTrue(help.out().contains("--pred=FILE"), help::toString);
    }
}
