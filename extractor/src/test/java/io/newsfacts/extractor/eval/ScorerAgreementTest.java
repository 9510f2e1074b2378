package io.newsfacts.extractor.eval;

import static io.newsfacts.extractor.eval.JsonAssert.assertSameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extractor.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * This scorer gives score.py's numbers, to the last digit, and its table, line for line. Always against what
 * score.py gave for the checked-in predictions (expected/, see the fixtures' README.md): a perfect output, a
 * deliberately imperfect one, and the real extractor's. When python3 and score.py are here (../shared/bench, or the
 * system property newsfacts.scorepy), also against score.py run now: on those, on randomly damaged predictions,
 * and on the extractor's output for corpus/.
 */
class ScorerAgreementTest {
    private static Optional<ScorePy> scorePy;

    @BeforeAll
    static void findScorePy() {
        scorePy = ScorePy.find();
        System.out.println("ScorerAgreementTest: reference scorer "
                + scorePy.map(Object::toString).orElse("not found: comparing with the checked-in scores only"));
    }

    private static Score score(Path gold, Path pred, GoldScorer.Only only) throws ScoreInputException {
        return GoldScorer.score(GoldFiles.load(List.of(gold)), Prediction.read(pred), only);
    }

    /** Gold paths in notes differ between machines: both sides name the gold folder GOLD. */
    private static String placeless(String s, Path gold) {
        return s.replace(gold.toString(), "GOLD");
    }

    private static void assertAgree(String pyJson, String pyTable, Score score, Path gold, String what)
            throws Exception {
        assertSameJson(ScoreJson.MAPPER.readTree(placeless(pyJson, gold)),
                ScoreJson.MAPPER.readTree(placeless(PythonJson.indented(score.toJson(true)), gold)), what);
        assertEquals(placeless(pyTable, gold), placeless(ScoreTable.render(score, true), gold) + "\n", what + " table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"perfect", "imperfect", "extractor"})
    void givesTheScoresScorePyGaveForTheCheckedInPredictions(String name) throws Exception {
        Path gold = Fixtures.gold();
        Score score = score(gold, Fixtures.path(name + ".jsonl"), null);
        String json = Files.readString(Fixtures.path("expected/" + name + ".json"), StandardCharsets.UTF_8);
        String table = Files.readString(Fixtures.path("expected/" + name + ".txt"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"micro\""), "expected/" + name + ".json holds scores");
        assertAgree(json, table, score, gold, name);
    }

    @Test
    void theImperfectPredictionsScoreBelowOneWhereTheyWereDamaged() throws Exception {
        Score s = score(Fixtures.gold(), Fixtures.path("imperfect.jsonl"), null);
        assertEquals(0.672414, s.number("entities.strict.micro.f1"));
        assertEquals(0.861111, s.number("figures.detection.micro.f1"));
        assertEquals(0.4, s.number("figures.attributes.of.accuracy"));
        assertEquals(0.75, s.number("figures.attributes.change.basis.accuracy"));
        assertEquals(0.0, s.number("figures.warnings.recall"));
        Score perfect = score(Fixtures.gold(), Fixtures.path("perfect.jsonl"), null);
        assertEquals(1.0, perfect.number("entities.strict.micro.f1"));
        assertEquals(1.0, perfect.number("figures.detection.micro.f1"));
        assertEquals(1.0, perfect.number("figures.warnings.recall"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"perfect", "imperfect", "extractor"})
    void agreesWithScorePyRunNow(String name) throws Exception {
        assumeTrue(scorePy.isPresent(), "python3 or score.py not found");
        Path gold = Fixtures.gold();
        Path pred = Fixtures.path(name + ".jsonl");
        assertAgree(scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--json", "--verbose"),
                scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--verbose"),
                score(gold, pred, null), gold, name);
        for (GoldScorer.Only only : GoldScorer.Only.values()) {
            String part = only.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(placeless(scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--only", part),
                    gold), placeless(ScoreTable.render(score(gold, pred, only), false) + "\n", gold), name + " --only " + part);
        }
    }

    @Test
    void theCheckedInPerfectPredictionsAreScorePysGoldToPred() throws Exception {
        assumeTrue(scorePy.isPresent(), "python3 or score.py not found");
        List<String> expected = scorePy.get().run("--gold", Fixtures.gold().toString(), "--gold-to-pred").lines().toList();
        List<String> actual = Files.readAllLines(Fixtures.path("perfect.jsonl"), StandardCharsets.UTF_8);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameJson(ScoreJson.MAPPER.readTree(expected.get(i)), ScoreJson.MAPPER.readTree(actual.get(i)),
                    "perfect.jsonl line " + (i + 1));
        }
    }

    @Test
    void agreesWithScorePyOnRandomlyDamagedPredictions(@TempDir Path tmp) throws Exception {
        assumeTrue(scorePy.isPresent(), "python3 or score.py not found");
        long seed = Long.getLong("newsfacts.seed", System.nanoTime());
        System.out.println("agreesWithScorePyOnRandomlyDamagedPredictions: seed " + seed
                + " (repeat with -Dnewsfacts.seed=" + seed + ")");
        Path gold = Fixtures.gold();
        List<GoldDocument> docs = GoldFiles.load(List.of(gold));
        Map<String, GoldDocument> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        List<ObjectNode> perfect = new ArrayList<>();
        for (Prediction p : Prediction.read(Fixtures.path("perfect.jsonl"))) perfect.add(p.json());
        RandomDamage damage = new RandomDamage(seed, byId);
        for (int round = 0; round < 5; round++) {
            StringBuilder jsonl = new StringBuilder();
            for (ObjectNode p : damage.damage(perfect)) jsonl.append(PythonJson.compact(p)).append('\n');
            Path pred = Files.writeString(tmp.resolve("damaged-" + round + ".jsonl"), jsonl, StandardCharsets.UTF_8);
            assertAgree(scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--json", "--verbose"),
                    scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--verbose"),
                    score(gold, pred, null), gold, "seed " + seed + " round " + round);
        }
    }

    @Test
    void agreesWithScorePyOnTheExtractorsOutputForTheCorpus(@TempDir Path tmp) throws Exception {
        assumeTrue(scorePy.isPresent(), "python3 or score.py not found");
        Path gold = TestModels.corpus().resolve("gold");
        StringBuilder jsonl = new StringBuilder();
        for (Prediction p : CorpusPredictions.predictions().values()) jsonl.append(PythonJson.compact(p.json())).append('\n');
        Path pred = Files.writeString(tmp.resolve("corpus.jsonl"), jsonl, StandardCharsets.UTF_8);
        Score score = score(gold, pred, null);
        assertAgree(scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--json", "--verbose"),
                scorePy.get().run("--gold", gold.toString(), "--pred", pred.toString(), "--verbose"),
                score, gold, "corpus");
        JsonNode micro = score.toJson(false).get("figures").get("detection").get("micro");
        assertTrue(micro.get("tp").asInt() > 0, "the extractor finds figures of the corpus gold");
    }
}
