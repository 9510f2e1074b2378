package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.ExtractorConfig;
import io.newsfacts.extractor.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command, one case per test, each in a folder beside a good article: every case gives a
 * clear message naming the file, the batch goes on, the exit status says whether an input failed, every readable
 * article is in the output, and standard error (redirected here) holds no terminal control characters.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "BEIJING, Oct. 26 -- Police in Beijing arrested 12 people on Monday, the"
            + " Ministry of Public Security said.\n";

    @TempDir
    Path tmp;

    /** Load the models here, so that no test's time limit counts their loading. */
    @BeforeAll
    static void loadModels() {
        SharedModels.loader().load(ExtractorConfig.defaults());
    }

    /** A folder with the good article {@code good.txt}. */
    private Path folder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        return in;
    }

    /** {@code extract} over {@code args}, checking what every run must satisfy; JSON lines by id. */
    private static Run extract(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("extract", "--threads", "2"));
        all.addAll(List.of(args));
        CliRun r = CliRun.of(SharedModels.loader(), "", all.toArray(String[]::new));
        assertFalse(r.err().contains("\u001b") || r.err().contains("\r"), () -> "control characters on a redirected"
                + " standard error:\n" + r);
        assertFalse(r.err().contains("\tat "), () -> "a stack trace:\n" + r);
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode article = JSON.readTree(line);
            lines.put(article.get("id").asText(), article);
        }
        List<String> err = r.err().lines().toList();
        assertTrue(err.get(err.size() - 1).startsWith("newsfacts: " + lines.size() + " articles, "), r::toString);
        return new Run(r, lines, err);
    }

    private record Run(CliRun cli, Map<String, JsonNode> articles, List<String> err) {
        String report() {
            return err.get(err.size() - 2);
        }

        void hasGood() {
            JsonNode good = articles.get("good");
            assertTrue(good != null, () -> "the good article is missing:\n" + cli);
            assertTrue(good.get("figures").size() > 0, () -> "no figure in the good article:\n" + cli);
        }

        void failed(int code, String line) {
            assertEquals(code, cli.code(), cli::toString);
            assertTrue(err.contains(line), () -> "no line '" + line + "' in:\n" + cli);
        }
    }

    @Test
    void emptyFile() throws IOException {
        Path in = folder();
        Path empty = Files.createFile(in.resolve("empty.txt"));
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + empty + ": empty file");
        r.hasGood();
        assertTrue(r.report().startsWith("newsfacts: 2 inputs read: 1 extracted, 0 skipped, 1 failed (empty file: 1)"),
                r.cli()::toString);
    }

    @Test
    void whitespaceOnly() throws IOException {
        Path in = folder();
        // no-break and zero-width spaces are whitespace too
        Path blank = Files.writeString(in.resolve("blank.txt"), " \n\t\r\n  \u00a0\u200b\u3000\n");
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + blank + ": no text (whitespace only)");
        r.hasGood();
    }

    @Test
    void binaryPngAndZip() throws IOException {
        Path in = folder();
        Path png = Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        Path zip = in.resolve("archive.txt");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write(GOOD.repeat(20).getBytes(StandardCharsets.UTF_8));
        }
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + png + ": binary content, not text");
        r.failed(1, "newsfacts: " + zip + ": binary content, not text");
        r.hasGood();
        assertTrue(r.report().contains("2 failed (binary content, not text: 2)"), r.cli()::toString);
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndSaysSo() throws IOException {
        Path in = folder();
        // valid UTF-8 but for one truncated sequence (0xE2 0x82 without its third byte, a cut-off euro sign)
        byte[] good = "Police seized 40 kilograms of drugs on Monday. Fines reached ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 6];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE2;
        bytes[good.length + 1] = (byte) 0x82;
        System.arraycopy(" 500.".getBytes(StandardCharsets.US_ASCII), 0, bytes, good.length + 2, 4);
        Path bad = Files.write(in.resolve("broken.txt"), bytes);
        Run r = extract(in.toString());
        r.failed(0, "newsfacts: " + bad + ": not valid UTF-8, read as windows-1252");
        r.hasGood();
        JsonNode article = r.articles().get("broken");
        assertEquals("windows-1252", article.get("source").get("encoding").asText());
        assertTrue(hasFigure(article, "40"), article::toString);
    }

    @Test
    void latin1Article() throws IOException {
        Path in = folder();
        // written for this test, encoded as ISO-8859-1: é, ü, £ and ½ are single bytes, invalid as UTF-8
        String text = "Caf\u00e9 owners in Z\u00fcrich paid \u00a3120 in fines, up 4\u00bd% on last year, the"
                + " canton's police said on Tuesday. Officers inspected 35 premises.\n";
        Path latin1 = Files.write(in.resolve("zurich.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        JsonNode article = r.articles().get("zurich");
        assertEquals("windows-1252", article.get("source").get("encoding").asText());
        assertEquals(text.length(), article.get("source").get("chars").asInt());
        assertTrue(hasFigure(article, "35"), article::toString);
        assertTrue(r.err().contains("newsfacts: " + latin1 + ": not valid UTF-8, read as windows-1252"),
                r.cli()::toString);
    }

    @Test
    void utf16WithByteOrderMarks() throws IOException {
        Path in = folder();
        String text = "Customs officers in Shanghai seized 1,200 fake watches on Friday, officials said.\n";
        Files.write(in.resolve("le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        assertEquals("UTF-16LE", r.articles().get("le").get("source").get("encoding").asText());
        assertEquals("UTF-16BE", r.articles().get("be").get("source").get("encoding").asText());
        assertTrue(hasFigure(r.articles().get("le"), "1,200"), r.cli()::toString);
        assertEquals(r.articles().get("le").get("figures"), r.articles().get("be").get("figures"));
    }

    @Test
    void a50MegabyteArticleIsRefusedBeforeItIsRead() throws IOException {
        Path in = folder();
        Path big = in.resolve("huge.txt");
        byte[] paragraph = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += paragraph.length) out.write(paragraph);
        }
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + big + ": too large (50.0 MB; the limit is 4.0 MB)");
        r.hasGood();
        assertTrue(r.report().contains("1 failed (too large: 1)"), r.cli()::toString);
    }

    /** Five megabytes of words without a sentence end: over the default limit, so refused at once. */
    @Test
    void a5MegabyteArticleWithoutSentenceBreaksIsTooLargeByDefault() throws IOException {
        Path in = folder();
        Path run = Files.writeString(in.resolve("run.txt"), noBreaks(5 << 20));
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + run + ": too large (5.0 MB; the limit is 4.0 MB)");
        r.hasGood();
    }

    /**
     * Allowed in, the same article runs into the time bound: it is reported, its worker stops soon after (the
     * extractor checks for interrupts between pieces of text), and the articles after it still come out.
     */
    @Test
    void a5MegabyteArticleWithoutSentenceBreaksTimesOutAndItsWorkerStops() throws Exception {
        Path in = folder();
        Path run = Files.writeString(in.resolve("a-run.txt"), noBreaks(5 << 20));
        Files.writeString(in.resolve("z.txt"), GOOD.replace("12 people", "14 people"));
        long start = System.nanoTime();
        Run r = extract(in.toString(), "--max-article-mb", "8", "--timeout", "3");
        double seconds = (System.nanoTime() - start) / 1e9;
        r.failed(1, "newsfacts: " + run + ": timed out after 3s (the limit is set by --timeout)");
        r.hasGood();
        assertTrue(r.articles().containsKey("z"), r.cli()::toString);
        assertTrue(r.report().contains("1 failed (timed out: 1)"), r.cli()::toString);
        assertTrue(seconds < 60, "the batch took " + seconds + " s");
        assertWorkersStopWithin(Duration.ofSeconds(30));
    }

    @Test
    void deeplyNestedHtml() throws IOException {
        Path in = folder();
        String html = "<html><body>" + "<div><li><b>".repeat(30_000)
                + "<p>Police in Guangzhou detained 8 people on Monday.</p></body></html>";
        Path page = Files.writeString(in.resolve("nested.html"), html);
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        JsonNode article = r.articles().get("nested");
        assertTrue(article != null && hasFigure(article, "8"), () -> page + " missing:\n" + r.cli());
    }

    @Test
    void symlinkLoopsInTheFolder() throws IOException {
        Path in = folder();
        Path sub = Files.createDirectories(in.resolve("sub"));
        Path back = Files.createSymbolicLink(sub.resolve("back"), in);
        Path self = Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
        Run r = extract(in.toString());
        r.failed(1, "newsfacts: " + back + ": symbolic link loop (to a folder that contains it), not followed");
        assertTrue(r.err().stream().anyMatch(l -> l.startsWith("newsfacts: " + self + ": ")
                && l.toLowerCase(java.util.Locale.ROOT).contains("too many levels of symbolic links")), r.cli()::toString);
        r.hasGood();
        assertEquals(1, r.articles().size(), "the good article once, not once per way to reach it");
    }

    /** chmod 000; where that does not stop the reader (root), /proc/self/mem, which nobody can read from 0. */
    @Test
    void unreadableFile() throws IOException {
        Path in = folder();
        Path secret = Files.writeString(in.resolve("secret.txt"), GOOD);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        List<String> args = new ArrayList<>(List.of(in.toString()));
        Path unreadable = secret;
        if (Files.isReadable(secret)) {
            unreadable = Path.of("/proc/self/mem");
            assertTrue(Files.exists(unreadable), "running as root, and no /proc/self/mem to fail on");
            args.add(unreadable.toString());
        }
        Run r = extract(args.toArray(String[]::new));
        assertEquals(1, r.cli().code(), r.cli()::toString);
        String named = "newsfacts: " + unreadable + ": ";
        assertTrue(r.err().stream().anyMatch(l -> l.startsWith(named)), () -> "no line starting " + named + "\n"
                + r.cli());
        r.hasGood();
    }

    @Test
    void aFileDeletedDuringTheRun() throws IOException {
        Path in = folder();
        Path first = Files.writeString(in.resolve("a.txt"), GOOD);
        Path deleted = Files.writeString(in.resolve("b.txt"), GOOD);
        List<Input> inputs = Inputs.expand(List.of(in.toString()));
        ArticleExtractor real = SharedModels.loader().load(ExtractorConfig.defaults());
        // One thread, so b.txt is read only after a.txt is extracted, and a.txt's extraction deletes it.
        ArticleExtractor deleting = d -> {
            if (d.path().equals(first.toString())) {
                try {
                    Files.delete(deleted);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return real.extract(d);
        };
        StringWriter err = new StringWriter();
        List<String> ids = new ArrayList<>();
        BatchSummary s = new ExtractionBatch(deleting, new ExtractionBatch.Settings(1, 1 << 20, Duration.ofMinutes(1),
                false, false), new ByteArrayInputStream(new byte[0]), new PrintWriter(err), null, null)
                .run(inputs, a -> ids.add(a.id()), System.nanoTime());
        assertEquals(List.of("a", "good"), ids);
        assertEquals(1, s.failures());
        assertEquals("newsfacts: " + deleted + ": no such file or directory (deleted since its folder was listed)\n",
                err.toString());
    }

    @Test
    void aPathThatDoesNotExist() throws IOException {
        Path in = folder();
        Path missing = tmp.resolve("nowhere/missing.txt");
        Run r = extract(missing.toString(), in.toString());
        r.failed(1, "newsfacts: " + missing + ": no such file or directory");
        r.hasGood();
    }

    /** The number grammar must stay linear: well under a minute, where a quadratic scan would take hours. */
    @Test
    @Timeout(60)
    void aTenThousandDigitNumber() throws IOException {
        Path in = folder();
        StringBuilder digits = new StringBuilder("7");
        for (int i = 1; i < 10_000; i++) digits.append((char) ('0' + i * 7 % 10));
        Files.writeString(in.resolve("digits.txt"), "Officials counted " + digits + " ballots in Beijing.\n" + GOOD);
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        assertTrue(hasFigure(r.articles().get("digits"), "12"), r.cli()::toString);
    }

    /** One token of 200,000 chars, to the tokenizer and the number grammar alike: linear, well under a minute. */
    @Test
    @Timeout(60)
    void oneCommaOneRepeated100000Times() throws IOException {
        Path in = folder();
        Files.writeString(in.resolve("ones.txt"), "The list read " + "1,".repeat(100_000) + "1.\n\n" + GOOD);
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        assertTrue(hasFigure(r.articles().get("ones"), "12"), r.cli()::toString);
    }

    @Test
    void aChineseArticleIsReportedNotMined() throws IOException {
        Path in = folder();
        // written for this test: a few sentences of a Chinese police report
        Path zh = Files.writeString(in.resolve("zh.txt"), "公安部26日在北京召开新闻发布会。今年1月至9月，全国公安机关共破获"
                + "电信网络诈骗案件25.6万起，抓获犯罪嫌疑人37.3万名，同比分别上升116.4%和106.9%。公安部刑事侦查局负责人表示，"
                + "将继续严厉打击此类犯罪。\n");
        Run r = extract(in.toString());
        assertEquals(0, r.cli().code(), r.cli()::toString);
        r.hasGood();
        JsonNode article = r.articles().get("zh");
        assertEquals("zh", article.get("language").asText());
        assertEquals(0, article.get("figures").size());
        assertEquals(0, article.get("entities").size());
        assertEquals("NOT_ENGLISH", article.get("warnings").get(0).get("code").asText());
        assertTrue(r.err().contains("newsfacts: " + zh + ": not English: language 'zh' (most letters are in Han"
                + " script); no figures or entities extracted"), r.cli()::toString);
        assertTrue(r.report().startsWith("newsfacts: 2 inputs read: 1 extracted, 1 skipped (not English: 1), 0 failed"),
                r.cli()::toString);
    }

    /** Whether a figure's text is {@code number}, or starts with it and its unit ("40 kilograms"). */
    private static boolean hasFigure(JsonNode article, String number) {
        for (JsonNode f : article.get("figures")) {
            String text = f.get("text").asText();
            if (text.equals(number) || text.startsWith(number + " ")) return true;
        }
        return false;
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** About {@code bytes} of news words and numbers with no full stop, question or exclamation mark. */
    static String noBreaks(int bytes) {
        String words = "police in the province arrested 12 suspects and seized 3,400 kilograms of drugs worth "
                + "5 million yuan while officials said cases rose 4.5% ";
        return words.repeat(bytes / words.length() + 1).substring(0, bytes);
    }

    /** The pool's threads are daemons named newsfacts-extract-N: wait until none is alive. */
    static void assertWorkersStopWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<Thread> alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("newsfacts-extract-") && t.isAlive()).toList();
            if (alive.isEmpty()) return;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("workers still running " + limit + " after the batch: " + alive);
            }
            Thread.sleep(100);
        }
    }
}
