package io.newsfacts.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * score.py's text helpers and ours on awkward input (possessives, underscores, combining marks, letter numbers,
 * astral letters, Turkish dotted I, final sigma): textmatch.json holds what score.py returned (fixtures.py).
 */
class TextMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode cases() throws IOException {
        return JSON.readTree(Fixtures.path("textmatch.json").toFile());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void wordsSingularsAndLemmasAreScorePys() throws IOException {
        JsonNode phrases = cases().get("phrases");
        assertTrue(phrases.size() > 30);
        for (JsonNode c : phrases) {
            String text = c.get("text").asText();
            List<String> tokens = TextMatch.tokens(text);
            assertEquals(strings(c.get("tokens")), tokens, text);
            assertEquals(c.get("phrase").asText(), TextMatch.phrase(text), text);
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                assertEquals(c.get("singular").get(i).asText(), TextMatch.singular(t), t);
                assertEquals(strings(c.get("lemma_variants").get(i)), sorted(TextMatch.lemmaVariants(t)), t);
                assertEquals(strings(c.get("plural_variants").get(i)), sorted(TextMatch.pluralVariants(t)), t);
            }
            assertEquals(c.get("head_verb").isNull() ? null : c.get("head_verb").asText(), TextMatch.headVerb(text), text);
        }
    }

    /** Python sorts by code point; so does this (UTF-16 order differs only beyond the BMP's private area). */
    private static List<String> sorted(java.util.Collection<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort((a, b) -> {
            int[] x = a.codePoints().toArray();
            int[] y = b.codePoints().toArray();
            return java.util.Arrays.compare(x, y);
        });
        return out;
    }

    @Test
    void countedPredicateAndPeriodMatchesAreScorePys() throws IOException {
        JsonNode pairs = cases().get("pairs");
        for (JsonNode c : pairs) {
            String g = c.get("gold").asText();
            String p = c.get("pred").asText();
            String what = g + " ~ " + p;
            assertEquals(c.get("counted").asBoolean(), TextMatch.countedMatch(g, p), "counted " + what);
            assertEquals(c.get("predicate").asBoolean(), TextMatch.predicateMatch(g, List.of(p)), "predicate " + what);
            assertEquals(c.get("period").asBoolean(), TextMatch.periodMatch(g, p), "period " + what);
            assertEquals(c.get("token_set_f1").asDouble(), TextMatch.tokenSetF1(g, p), "token-set F1 " + what);
        }
    }

    @Test
    void theReferenceScorersOwnExamples() {
        assertTrue(TextMatch.countedMatch("telecommunications network fraud cases", "fraud case"));
        assertTrue(TextMatch.countedMatch("black-and-white workers", "black and white worker"));
        assertFalse(TextMatch.countedMatch("criminal suspects", "fraud cases"));
        assertFalse(TextMatch.countedMatch("suspects", null));
        assertTrue(TextMatch.predicateMatch("eliminated", List.of("eliminate")));
        assertTrue(TextMatch.predicateMatch("Cracked", List.of("cracked")));
        assertFalse(TextMatch.predicateMatch("captured", List.of("solve")));
        assertFalse(TextMatch.periodMatch("January to September this year", "last year"));
    }

    @Test
    void pythonFloatReprAndRounding() {
        assertEquals("277000000000.0", PythonJson.floatRepr(277e9));
        assertEquals("1e+16", PythonJson.floatRepr(1e16));
        assertEquals("1000000000000000.0", PythonJson.floatRepr(1e15));
        assertEquals("0.0001", PythonJson.floatRepr(1e-4));
        assertEquals("1e-05", PythonJson.floatRepr(1e-5));
        assertEquals("-2.5e-07", PythonJson.floatRepr(-2.5e-7));
        assertEquals("0.833333", PythonJson.floatRepr(PrfCounter.round(5.0 / 6)));
        assertEquals(0.0, PrfCounter.round(5e-7)); // the exact binary value is below the half: down, as Python
        assertEquals(0.812, Double.parseDouble(new java.math.BigDecimal(0.8125)
                .setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString())); // an exact tie goes to even
    }
}
