package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.Extractor;
import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.IndexConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * search, stats and show over the corpus indexed once with the real models and {@code --date 2020-10-26} (so
 * "this year" is 2020 and the Ministry's article is dated 2020-10-26). Assertions name that article's gold
 * figures by value, not by id, so that extractor changes elsewhere do not break them: 373,000 criminal suspects
 * arrested (2020-01..09), 277 billion yuan, 9,419 gangs, three persons, 4,160 cases and 33,860 suspects by the
 * Criminal Investigation Bureau of the Ministry of Public Security, 3787 people in Fujian, 22 suspects and 13
 * snakeheads in Xiamen (within Fujian).
 */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static ExtractorLoader models;
    private static String index;

    @BeforeAll
    static void indexTheCorpusOnce() {
        models = ExtractorLoader.caching(Extractor::load);
        String corpus = System.getProperty("newsfacts.corpus");
        assertNotNull(corpus, "Surefire sets newsfacts.corpus to the checked-in corpus folder");
        index = tmp.resolve("index").toString();
        CliRun r = CliRun.of(models, "", "index", Path.of(corpus, "articles").toString(), "--index", index,
                "--date", "2020-10-26");
        assertEquals(0, r.code(), r::toString);
    }

    @AfterAll
    static void releaseTheModels() {
        models = null; // the next test class loads its own; two sets at once need not fit the heap
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", index));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<JsonNode> json(CliRun r) throws IOException {
        assertEquals(0, r.code(), r::toString);
        List<JsonNode> hits = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            hits.add(JSON.readTree(line));
        }
        return hits;
    }

    private static final String MPS = " article:mps-2020-10-26";

    /** The figures' values, as plain decimal strings. */
    private static Set<String> values(List<JsonNode> hits) {
        Set<String> values = new TreeSet<>();
        hits.forEach(h -> values.add(h.get("value").decimalValue().stripTrailingZeros().toPlainString()));
        return values;
    }

    @Test
    void tableShowsTheColumnsAndTheHighlightedSentenceWithinTheWidth() {
        CliRun r = run("search", "criminal suspects" + MPS, "--width", "100");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        String header = lines.get(0);
        for (String column : List.of("value", "unit", "counted", "predicate", "agency", "place", "period",
                "article")) {
            assertTrue(header.contains(column), header);
        }
        // rows and sentences alternate; which suspects rank first is the scorer's business
        assertTrue(lines.stream().anyMatch(l -> l.contains("373,000") && l.contains("mps-2020-10-26 ")),
                r::toString);
        assertTrue(lines.get(2).startsWith("     ") && lines.get(2).contains("«"), r::toString);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), r::toString);
        assertTrue(r.err().startsWith("newsfacts: hits 1-"), r::toString);
    }

    @Test
    void jsonLinesAreContractFiguresWithArticleAndScore() throws IOException {
        // bare words match a figure's sentence too; counted: asks for the counted phrase
        List<JsonNode> hits = json(run("search", "more than 10,000 counted:suspects" + MPS, "--json"));
        assertEquals(Set.of("373000", "33860"), values(hits));
        for (JsonNode h : hits) {
            assertEquals("mps-2020-10-26", h.get("article").asText());
            assertTrue(h.get("value").asDouble() > 10_000);
            assertTrue(h.get("counted").get("text").asText().contains("suspects"));
            assertTrue(h.get("score").asDouble() > 0);
        }
    }

    @Test
    void quantityAndHierarchyFiltersOfTheReadme() throws IOException {
        assertEquals(Set.of("277000000000"), values(json(run("search", ">1 billion yuan" + MPS, "--json"))));
        assertEquals(Set.of("3787", "22", "13"), values(json(run("search", "place:Fujian type:figure" + MPS,
                "--json"))));
        assertEquals(Set.of("9419", "3", "4160", "33860"), values(json(run("search",
                "agency:\"Ministry of Public Security\" type:figure" + MPS, "--json"))));
        assertEquals(Set.of("373000"), values(json(run("search", "predicate:arrest period:2020" + MPS, "--json"))));
        assertEquals(Set.of("41.1", "116.4"), values(json(run("search", "between 40 and 120 percent" + MPS,
                "--json"))));
    }

    @Test
    void sortByValueAndPagesOfTheSameOrder() throws IOException {
        List<JsonNode> top = json(run("search", "kind:COUNT" + MPS, "--sort", "value", "--limit", "4", "--json"));
        assertEquals(List.of(373000L, 262000L, 33860L, 9419L), top.stream().map(h -> h.get("value").asLong()).toList());
        List<JsonNode> second = json(run("search", "kind:COUNT" + MPS, "--sort", "value", "--limit", "2", "--page",
                "2", "--json"));
        assertEquals(top.subList(2, 4).stream().map(h -> h.get("id")).toList(),
                second.stream().map(h -> h.get("id")).toList());
        List<JsonNode> ascending = json(run("search", "kind:COUNT" + MPS, "--sort", "VALUE-ASC", "--limit", "1",
                "--json"));
        assertEquals(3, ascending.get(0).get("value").asLong());
    }

    @Test
    void articleDatesFilterFromAndTo() throws IOException {
        List<JsonNode> dated = json(run("search", "suspects", "--from", "2020-10", "--to", "2020", "--json"));
        assertFalse(dated.isEmpty());
        // only the Ministry's article has a dateline, so a date
        assertTrue(dated.stream().allMatch(h -> h.get("article").asText().equals("mps-2020-10-26")));
        CliRun later = run("search", "suspects", "--from", "2021");
        assertEquals(0, later.code(), later::toString);
        assertEquals("", later.out());
        assertTrue(later.err().startsWith("newsfacts: no matches for 'suspects'"), later::toString);
    }

    @Test
    void facetsCountTheMatchingFiguresInTablesOrAsALastJsonLine() throws IOException {
        CliRun r = run("search", "suspects", "--facets", "--width", "0");
        assertEquals(0, r.code(), r::toString);
        for (String title : List.of("figures by kind", "figures by agency", "figures by place", "figures by predicate",
                "figures by period year")) {
            assertTrue(r.out().contains(title), r::toString);
        }
        assertTrue(r.out().contains("arrest"), r::toString);

        List<JsonNode> lines = json(run("search", "place:Fujian" + MPS, "--facets", "--json"));
        JsonNode last = lines.get(lines.size() - 1);
        assertEquals(3, last.get("facets").get("place").get("Fujian").asLong(), last::toString);
        assertEquals(2, last.get("facets").get("place").get("Xiamen").asLong(), last::toString);
        assertTrue(last.get("total").asLong() >= 3, last::toString);
    }

    @Test
    void statsCountByKindAgencyPlacePredicateAndYear() throws IOException {
        CliRun r = run("stats");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("articles  "), r::toString);
        assertTrue(r.out().contains("figures by predicate"), r::toString);
        assertTrue(r.out().contains("figures by period year"), r::toString);

        CliRun j = run("stats", "--json");
        JsonNode stats = JSON.readTree(j.out());
        assertTrue(stats.get("articles").asLong() >= 1, j::toString);
        assertTrue(stats.get("figuresBy").get("place").get("Fujian").asLong() >= 3, j::toString);
        assertTrue(stats.get("figuresBy").get("predicate").get("arrest").asLong() >= 4, j::toString);
        assertTrue(stats.get("figuresBy").get("year").get("2020").asLong() >= 6, j::toString);
    }

    @Test
    void malformedQueriesAndOptionsAreUsageErrorsInOneLine() {
        for (String[] args : new String[][] {{"search", "value>"}, {"search", "foo:bar"}, {"search", "(suspects"},
            {"search", "x", "--sort", "sideways"}, {"search", "x", "--from", "2020-13"}, {"search", "x", "--page", "0"},
            {"search", "x", "--from", "2021", "--to", "2020"}, {"search", "x", "--limit", "5000", "--page", "3"}}) {
            CliRun r = run(args);
            assertEquals(2, r.code(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertTrue(r.err().startsWith("newsfacts: "), r::toString);
            assertFalse(r.err().contains("\tat "), r::toString);
        }
        CliRun q = run("search", "value>");
        assertEquals(1, q.err().lines().count(), q::toString);
        assertTrue(q.err().startsWith("newsfacts: invalid query 'value>': "), q::toString);
    }

    @Test
    void searchWorksWhileAnotherIndexHoldsTheWriteLock() throws IOException {
        try (FactIndex writer = FactIndex.open(new IndexConfig(Path.of(index)))) {
            CliRun r = run("search", "suspects", "--json");
            assertEquals(0, r.code(), r::toString);
            assertFalse(r.out().isEmpty());
            assertEquals(0, run("stats").code());
            assertEquals(0, run("show", "mps-2020-10-26").code());
        }
    }

    @Test
    void readingAFolderWithoutAnIndexWritesNothingIntoIt(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not an index");
        for (String verb : List.of("search", "stats", "show")) {
            List<String> args = new ArrayList<>(List.of(verb));
            if (!verb.equals("stats")) {
                args.add("x");
            }
            args.addAll(List.of("--index", folder.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, r.code(), r::toString);
            assertEquals("newsfacts: no index at " + folder + " (build one with: newsfacts index PATH... --index "
                    + folder + ")\n", r.err(), r::toString);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void anIndexOfAnIncompatibleVersionNamesTheRebuild(@TempDir Path old) throws IOException {
        try (FSDirectory d = FSDirectory.open(old); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("type", "article", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        CliRun r = CliRun.of("search", "x", "--index", old.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().startsWith("newsfacts: cannot use the index at " + old + ": it has index format 1"),
                r::toString);
        assertTrue(r.err().strip().endsWith("rebuild it with newsfacts index --rebuild PATH... --index " + old),
                r::toString);
    }
}
