package io.newsfacts.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsfacts.extractor.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The accuracy pin (like Anserini's regressions): the extractor's scores on corpus/gold, by this module's scorer,
 * against corpus/scores.pin.json. A drop fails. A rise fails too until the pin is updated in the same commit:
 * {@code -Dnewsfacts.pin.update=true} rewrites it, or paste the JSON this test prints.
 */
class CorpusScoresPinTest {
    private static final String UPDATE = "newsfacts.pin.update";

    @Test
    void corpusScoresNeitherDropNorRiseUnpinned() throws Exception {
        Path corpus = TestModels.corpus();
        List<GoldDocument> docs = CorpusPredictions.docs();
        Score score = GoldScorer.score(docs, Assignment.direct(CorpusPredictions.predictions()), null);
        assertEquals(0, score.toJson(false).get("offset_errors").get("details").size(),
                "the extractor's spans are the article text's");
        Map<String, Double> now = ScorePin.of(score);
        String json = ScorePin.toJson(now, docs.size());
        Path pinFile = corpus.resolve("scores.pin.json");
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(pinFile, json, StandardCharsets.UTF_8);
            System.out.println("CorpusScoresPinTest: wrote " + pinFile + "\n" + ScoreTable.render(score, false));
            return;
        }
        assertTrue(Files.isRegularFile(pinFile), "no pin " + pinFile + ": run with -D" + UPDATE + "=true\n" + json);
        Map<String, Double> pinned = ScorePin.read(ScoreJson.MAPPER.readTree(pinFile.toFile()));
        List<ScorePin.Change> changes = ScorePin.changes(pinned, now);
        if (changes.isEmpty()) return;
        String list = changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
        List<ScorePin.Change> drops = changes.stream().filter(ScorePin.Change::drop).toList();
        String table = "\n\n" + ScoreTable.render(score, false);
        assertTrue(drops.isEmpty(), "accuracy on corpus/ dropped below " + pinFile + ":\n"
                + drops.stream().map(c -> "  " + c).collect(Collectors.joining("\n")) + "\nall changes:\n" + list + table);
        fail("accuracy on corpus/ rose (or the metrics changed): update " + pinFile + " in the same commit"
                + " (run the test with -D" + UPDATE + "=true, or paste the JSON below).\n" + list + "\n\n" + json + table);
    }

    @Test
    void aDropAndARiseAreBothChangesButOnlyTheDropIsOne() {
        Map<String, Double> pinned = new LinkedHashMap<>();
        pinned.put("a", 0.5);
        pinned.put("b", 0.5);
        pinned.put("c", null);
        pinned.put("d", 0.5);
        Map<String, Double> now = new LinkedHashMap<>();
        now.put("a", 0.5 + 1e-12);
        now.put("b", 0.4);
        now.put("c", null);
        now.put("d", 0.6);
        List<ScorePin.Change> changes = ScorePin.changes(pinned, now);
        assertEquals(List.of("b", "d"), changes.stream().map(ScorePin.Change::metric).toList());
        assertTrue(changes.get(0).drop());
        assertFalse(changes.get(1).drop());
        now.put("d", null);
        assertTrue(ScorePin.changes(pinned, now).get(1).drop(), "a number that became n/a is a drop");
    }
}
