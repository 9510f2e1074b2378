package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end: real CoreNLP models (loaded once for the class), a real index in a temp folder. */
class NewsfactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExtractorLoader models;
    private static Path corpus;
    private static long corpusArticles;

    @BeforeAll
    static void loadModelsOnce() throws IOException {
        models = ExtractorLoader.caching(Extractor::load);
        String root = System.getProperty("newsfacts.corpus");
        assertNotNull(root, "Surefire sets newsfacts.corpus to the checked-in corpus folder");
        corpus = Path.of(root, "articles");
        try (Stream<Path> files = Files.list(corpus)) {
            corpusArticles = files.filter(p -> Inputs.isArticleName(p.getFileName().toString())).count();
        }
        assertTrue(corpusArticles > 0, "no articles in " + corpus);
    }

    private static CliRun run(String... args) {
        return CliRun.of(models, "", args);
    }

    @Test
    void indexingTheCorpusThenSearchingSuspectsFindsThe373000CriminalSuspects(@TempDir Path tmp) throws IOException {
        String index = tmp.resolve("index").toString();
        CliRun indexed = run("index", corpus.toString(), "--index", index);
        assertEquals(0, indexed.code(), indexed::toString);
        assertTrue(lastLine(indexed.err()).matches("newsfacts: " + corpusArticles
                + " articles, \\d+ figures, \\d+ entities, 0 failures, \\d+\\.\\d s"), indexed::toString);

        CliRun found = run("search", "suspects", "--index", index);
        assertEquals(0, found.code(), found::toString);
        assertTrue(found.out().contains("373,000"), found::toString);
        assertTrue(found.out().contains("criminal suspects"), found::toString);
        assertTrue(found.out().contains("mps-2020-10-26"), found::toString);
        assertTrue(found.out().contains("«"), found::toString);

        CliRun json = run("search", "suspects", "--index", index, "--json", "--limit", "3");
        assertEquals(0, json.code(), json::toString);
        List<String> lines = json.out().lines().toList();
        assertFalse(lines.isEmpty(), json::toString);
        assertTrue(lines.size() <= 3, json::toString);
        for (String line : lines) {
            JsonNode hit = JSON.readTree(line);
            // the figure as the contract writes it, with its article id and score
            for (String field : List.of("article", "id", "kind", "start", "end", "text", "value", "unit", "counted",
                    "predicate", "period", "place", "agency", "sentence", "score")) {
                assertTrue(hit.has(field), () -> field + " missing in " + line);
            }
        }
    }

    @Test
    void aMalformedQueryIsAUsageErrorInOneLine(@TempDir Path tmp) {
        String index = tmp.resolve("index").toString();
        assertEquals(0, run("index", corpus.toString(), "--index", index).code());
        CliRun r = run("search", "(suspects AND", "--index", index);
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("newsfacts: invalid query"), r::toString);
        assertTrue(r.err().contains("(suspects AND"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void unreadableInputsAreReportedAndTheGoodOnesStillIndexed(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = Files.copy(corpus.resolve("mps-2020-10-26.txt"), in.resolve("good.txt"));
        Path empty = Files.createFile(in.resolve("empty.txt"));
        Path binary = Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path missing = tmp.resolve("missing.txt");
        Path alsoGood = Files.writeString(tmp.resolve("short.text"),
                "BEIJING, Oct. 26 -- Police in Beijing arrested 12 people on Monday.\n");
        String index = tmp.resolve("index").toString();

        CliRun r = run("index", in.toString(), missing.toString(), alsoGood.toString(), "--index", index);
        assertEquals(1, r.code(), r::toString);
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("newsfacts: index ")).toList();
        // walking order inside the folder: binary, empty, good; then the arguments in order
        assertEquals("newsfacts: " + binary + ": binary content, not text", errors.get(0), r::toString);
        assertEquals("newsfacts: " + empty + ": empty file", errors.get(1), r::toString);
        assertEquals("newsfacts: " + missing + ": no such file or directory", errors.get(2), r::toString);
        assertTrue(errors.get(3).startsWith("newsfacts: 5 inputs read: 2 extracted, 0 skipped, 3 failed (binary"
                + " content, not text: 1; empty file: 1; no such file or directory: 1)"), r::toString);
        assertTrue(errors.get(4).startsWith("newsfacts: 2 articles, "), r::toString);
        assertTrue(errors.get(4).contains(" 3 failures, "), r::toString);
        assertEquals(5, errors.size(), r::toString);

        CliRun shown = run("show", "good", "--index", index);
        assertEquals(0, shown.code(), shown::toString);
        JsonNode article = JSON.readTree(shown.out());
        assertEquals("good", article.get("id").asText());
        assertEquals(good.toString(), article.get("source").get("path").asText());
        assertEquals(0, run("show", "short", "--index", index).code());
        CliRun unknown = run("show", "empty", "--index", index);
        assertEquals(1, unknown.code(), unknown::toString);
        assertTrue(unknown.err().startsWith("newsfacts: no article with id 'empty'"), unknown::toString);
    }

    @Test
    void indexingTwiceGivesTheSameCounts(@TempDir Path tmp) {
        String index = tmp.resolve("index").toString();
        assertEquals(0, run("index", corpus.toString(), "--index", index).code());
        CliRun first = run("stats", "--index", index);
        assertEquals(0, first.code(), first::toString);
        assertTrue(first.out().startsWith("articles  " + corpusArticles + "\n"), first::toString);

        assertEquals(0, run("index", corpus.toString(), "--index", index, "--threads", "1").code());
        CliRun second = run("stats", "--index", index);
        assertEquals(first.out(), second.out());
    }

    @Test
    void extractWritesOneLinePerArticleInInputOrder(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("news"));
        List<String> expected = new ArrayList<>();
        write(dir.resolve("b.txt"), "Police in Shanghai seized 40 kilograms of drugs in May.");
        write(dir.resolve("a.txt"), "The court sentenced 3 people on Friday.");
        write(dir.resolve("a/c.TXT"), "Officers rescued 27 children in 2019.");
        write(dir.resolve("z.html"), "<html><body><p>Customs officers seized 1,200 fake watches.</p></body></html>");
        for (int i = 0; i < 12; i++) {
            write(dir.resolve(String.format("many/n%02d.txt", i)), "Police arrested " + (i + 2) + " suspects.");
        }
        write(dir.resolve(".hidden.txt"), "Hidden files are skipped.");
        write(dir.resolve(".git/x.txt"), "So are hidden folders.");
        write(dir.resolve("notes.md"), "Other extensions are skipped in folders.");
        Path file = write(tmp.resolve("extra.md"), "A file argument may have any extension: 5 cases.");
        expected.addAll(List.of("a", "a/c", "b"));
        for (int i = 0; i < 12; i++) {
            expected.add(String.format("many/n%02d", i));
        }
        expected.addAll(List.of("z", "extra", "stdin"));

        CliRun r = CliRun.of(models, "Police in Guangzhou detained 8 people.", "extract", dir.toString(),
                file.toString(), "-", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        List<String> ids = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            assertTrue(line.startsWith("{\"schema\":\"newsfacts/1\","), line);
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertEquals(expected, ids);
        assertTrue(lastLine(r.err()).startsWith("newsfacts: " + expected.size() + " articles, "), r::toString);

        Path output = tmp.resolve("out.jsonl");
        CliRun toFile = CliRun.of(models, "Police in Guangzhou detained 8 people.", "extract", dir.toString(),
                file.toString(), "-", "--threads", "1", "-o", output.toString());
        assertEquals(0, toFile.code(), toFile::toString);
        assertEquals("", toFile.out());
        assertEquals(r.out(), Files.readString(output), "one thread and two give the same lines");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
