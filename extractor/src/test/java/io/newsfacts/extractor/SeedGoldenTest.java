package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.Warning;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference press release against its gold, exactly: every gold figure with its kind, value, unit, counted
 * phrase, predicate, period, change, "of" and "partOf"; no figure on a not_figures span; every gold entity with its
 * span, type, subtype, parent, within and canonical, and no other person, organization or place.
 */
class SeedGoldenTest {
    private static Article article;
    private static JsonNode gold;

    @BeforeAll
    static void extract() throws Exception {
        Path corpus = TestModels.corpus();
        article = TestModels.extractor().extract(
                ArticleReader.read(corpus.resolve("articles/mps-2020-10-26.txt"), corpus.resolve("articles")));
        gold = new ObjectMapper().readTree(corpus.resolve("gold/mps-2020-10-26.gold.json").toFile());
    }

    private static Optional<Figure> figureAt(int start, int end) {
        return article.figures().stream().filter(f -> f.start() < end && start < f.end()).findFirst();
    }

    @Test
    void everyGoldFigureIsFoundWithItsAttributes() {
        Map<Integer, JsonNode> goldByStart = new java.util.HashMap<>();
        gold.get("figures").forEach(g -> goldByStart.put(g.get("start").asInt(), g));
        for (JsonNode g : gold.get("figures")) {
            String what = g.get("text").asText() + "@" + g.get("start").asInt();
            Optional<Figure> found = figureAt(g.get("start").asInt(), g.get("end").asInt());
            if (g.path("optional").asBoolean()) continue;
            assertTrue(found.isPresent(), "missing figure " + what);
            Figure f = found.get();
            Set<String> optional = new HashSet<>();
            g.path("optional_fields").forEach(x -> optional.add(x.asText()));
            assertEquals(g.get("start").asInt(), f.start(), what);
            assertEquals(g.get("end").asInt(), f.end(), what);
            assertEquals(g.get("kind").asText(), f.kind().name(), what);
            if (g.get("value").isNull()) {
                assertNull(f.value(), what + " must have no value");
            } else {
                assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(f.value()), what + " value");
            }
            if (g.has("unit")) assertEquals(g.get("unit").asText(), f.unit(), what + " unit");
            if (g.has("counted") && !optional.contains("counted")) {
                assertNotNull(f.counted(), what + " counted");
                assertEquals(g.get("counted").asText(), f.counted().text(), what + " counted");
            }
            if (g.has("predicate") && !optional.contains("predicate")) {
                assertNotNull(f.predicate(), what + " predicate");
                assertEquals(g.get("predicate").asText(), f.predicate().span().text(), what + " predicate");
            }
            if (g.has("period")) {
                assertNotNull(f.period(), what + " period");
                assertTrue(f.period().span().text().endsWith(g.get("period").asText()), what + " period "
                        + f.period().span().text());
            }
            if (g.has("change")) {
                assertEquals(g.get("change").get("direction").asText(), f.change().direction(), what);
                assertEquals(g.get("change").get("basis").asText(), f.change().basis(), what);
            }
            for (String rel : List.of("of", "partOf")) {
                if (!g.has(rel)) continue;
                String ref = rel.equals("of") ? f.of() : f.partOf();
                Figure target = article.figures().stream().filter(x -> x.id().equals(ref)).findFirst().orElse(null);
                assertNotNull(target, what + " " + rel);
                assertEquals(g.get(rel).asInt(), target.start(), what + " " + rel);
            }
        }
    }

    @Test
    void noFigureOutsideTheGold() {
        for (Figure f : article.figures()) {
            boolean inGold = false;
            for (JsonNode g : gold.get("figures")) {
                inGold |= f.start() < g.get("end").asInt() && g.get("start").asInt() < f.end();
            }
            assertTrue(inGold, "unexpected figure " + f.text() + "@" + f.start());
        }
    }

    @Test
    void malformedNumberIsWarnedNotGuessed() {
        Figure f = figureAt(1858, 1864).orElseThrow();
        assertNull(f.value());
        assertTrue(article.warnings().stream().anyMatch(w -> w.code().equals(Warning.MALFORMED_NUMBER)
                && w.span().start() == 1858 && w.span().end() == 1864));
    }

    @Test
    void entitiesMatchTheGoldExactly() {
        Function<Entity, String> key = e -> e.start() + ":" + e.end() + ":" + e.type();
        Map<String, Entity> predicted = article.entities().stream().filter(e -> e.type() != EntityType.DATE)
                .collect(Collectors.toMap(key, e -> e));
        Map<String, Entity> byId = article.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        Set<String> allowed = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode g : gold.get("entities")) {
            String k = g.get("start").asInt() + ":" + g.get("end").asInt() + ":" + g.get("type").asText();
            allowed.add(k);
            if (g.path("optional").asBoolean()) continue;
            Entity e = predicted.get(k);
            if (e == null) {
                missing.add(g.get("text").asText() + "@" + g.get("start").asInt());
                continue;
            }
            if (g.has("subtype")) assertEquals(g.get("subtype").asText(), e.subtype().name(), k);
            if (g.has("parent")) {
                assertNotNull(e.parent(), k + " parent");
                assertEquals(g.get("parent").asText(), byId.get(e.parent()).canonical(), k + " parent");
            }
            if (g.has("within")) {
                assertNotNull(e.within(), k + " within");
                assertEquals(g.get("within").asText(), byId.get(e.within()).text(), k + " within");
            }
            if (g.has("canonical")) assertEquals(g.get("canonical").asText(), e.canonical(), k + " canonical");
            if (g.has("title")) assertEquals(g.get("title").asText(), e.title(), k + " title");
            if (g.has("role")) assertEquals(g.get("role").asText(), e.role(), k + " role");
        }
        assertTrue(missing.isEmpty(), "missing entities " + missing);
        Set<String> extra = new HashSet<>(predicted.keySet());
        extra.removeAll(allowed);
        assertTrue(extra.isEmpty(), "entities not in the gold: " + extra);
    }

    @Test
    void datelineAndByline() {
        assertNotNull(article.dateline());
        assertEquals("Beijing", article.dateline().place());
        assertEquals("--10-26", article.dateline().date());
        assertEquals("Beijing, October 26", article.dateline().span().text());
        assertEquals("Guo Chaokai", article.byline());
    }

    @Test
    void periodHasNoInventedYear() {
        Figure f = figureAt(344, 351).orElseThrow();
        assertEquals("XXXX-01", f.period().from());
        assertEquals("XXXX-09", f.period().to());
    }
}
