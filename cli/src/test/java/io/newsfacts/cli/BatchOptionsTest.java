package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of long runs: fail-fast, the progress line, the final report, and resuming an index run. */
class BatchOptionsTest {
    private static final String GOOD = "BEIJING, Oct. 26 -- Police in Beijing arrested 12 people on Monday, the"
            + " Ministry of Public Security said.\n";

    @TempDir
    Path tmp;

    private Path folder(String... names) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : names) {
            Files.writeString(in.resolve(name), name.startsWith("empty") ? "" : GOOD.replace("12", "1" + name.length()));
        }
        return in;
    }

    private static CliRun run(String... args) {
        return CliRun.of(SharedModels.loader(), "", args);
    }

    /** As {@link CliRun#of}, but telling the command that standard error is a terminal. */
    private static CliRun onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Newsfacts.run(SharedModels.loader(), new ByteArrayInputStream(new byte[0]), true,
                new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Path in = folder("a.txt", "b-empty.txt", "c.txt", "d.txt", "e.txt");
        Files.writeString(in.resolve("b-empty.txt"), "");
        CliRun r = run("extract", in.toString(), "--threads", "1", "--fail-fast");
        assertEquals(1, r.code(), r::toString);
        List<String> err = r.err().lines().toList();
        assertEquals("newsfacts: " + in.resolve("b-empty.txt") + ": empty file", err.get(0), r::toString);
        assertEquals(1, r.out().lines().count(), "only the article before the failure: " + r);
        assertEquals("newsfacts: 2 inputs read: 1 extracted, 0 skipped, 1 failed (empty file: 1), 3 not read"
                + " (stopped at the first failure)", err.get(1).replaceAll("; \\d+ tokens, \\d+ tokens/s$", ""), r::toString);
        assertTrue(err.get(2).startsWith("newsfacts: 1 articles, "), r::toString);
    }

    @Test
    void withoutFailFastTheBatchGoesOn() throws IOException {
        Path in = folder("a.txt", "b-empty.txt", "c.txt");
        Files.writeString(in.resolve("b-empty.txt"), "");
        CliRun r = run("extract", in.toString(), "--threads", "1");
        assertEquals(1, r.code(), r::toString);
        assertEquals(2, r.out().lines().count(), r::toString);
        assertTrue(r.err().contains("newsfacts: 3 inputs read: 2 extracted, 0 skipped, 1 failed (empty file: 1); "),
                r::toString);
        assertTrue(r.err().matches("(?s).*; \\d+ tokens, \\d+ tokens/s\n.*"), r::toString);
    }

    @Test
    void aTerminalGetsAProgressLineThatIsClearedBeforeTheReport() throws IOException {
        Path in = folder("a.txt", "b-empty.txt", "c.txt");
        Files.writeString(in.resolve("b-empty.txt"), "");
        CliRun r = onTerminal("extract", in.toString(), "--threads", "1");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().matches("(?s)\r\\[[=> ]{24}\\] [0-3]/3 .*"), r::toString);
        assertTrue(r.err().contains(" articles/s  ETA "), r::toString);
        // the error line starts on a cleared line, and the report after the cleared progress line
        assertTrue(r.err().contains("\r\u001b[Knewsfacts: " + in.resolve("b-empty.txt") + ": empty file\n"), r::toString);
        assertTrue(r.err().contains("\r\u001b[Knewsfacts: 3 inputs read: "), r::toString);
        assertEquals(2, r.out().lines().count(), "standard output holds only the JSON lines: " + r);
    }

    @Test
    void noProgressSilencesItEvenOnATerminal() throws IOException {
        Path in = folder("a.txt");
        CliRun r = onTerminal("extract", in.toString(), "--no-progress");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.err().contains("\r") || r.err().contains("\u001b"), r::toString);
    }

    @Test
    void progressLineShowsCountPercentRateAndTimeLeft() {
        assertEquals("[============>           ] 50/100  50%  2.5 articles/s  ETA 20s", Progress.line(50, 100, 20));
        assertEquals("[>                       ] 0/2227   0%  0.0 articles/s  ETA --", Progress.line(0, 2227, 3));
        assertEquals("6m58s", Progress.duration(418));
        assertEquals("2h05m", Progress.duration(7500));
    }

    @Test
    void reindexingSkipsUnchangedArticlesAndResumesAnInterruptedRun(@TempDir Path indexDir) throws IOException {
        Path in = folder("a.txt", "b.txt", "c.txt");
        String index = indexDir.resolve("index").toString();
        // an interrupted first run: only a.txt made it into the index
        Path c = in.resolve("c.txt");
        Path b = in.resolve("b.txt");
        Path aside = Files.createDirectories(tmp.resolve("aside"));
        Files.move(b, aside.resolve("b.txt"));
        Files.move(c, aside.resolve("c.txt"));
        assertEquals(0, run("index", in.toString(), "--index", index).code());
        Files.move(aside.resolve("b.txt"), b);
        Files.move(aside.resolve("c.txt"), c);

        CliRun resumed = run("index", in.toString(), "--index", index);
        assertEquals(0, resumed.code(), resumed::toString);
        assertTrue(resumed.err().contains("newsfacts: 3 inputs read: 2 extracted, 1 skipped (unchanged: 1), 0 failed"),
                resumed::toString);
        assertTrue(resumed.err().contains("newsfacts: index " + index + " now holds 3 articles"), resumed::toString);

        Files.writeString(c, GOOD.replace("12 people", "19 people"));
        CliRun changed = run("index", in.toString(), "--index", index);
        assertTrue(changed.err().contains("newsfacts: 3 inputs read: 1 extracted, 2 skipped (unchanged: 2), 0 failed"),
                changed::toString);
        CliRun shown = run("show", "c", "--index", index);
        assertTrue(shown.out().contains("\"19\""), shown::toString);

        CliRun forced = run("index", in.toString(), "--index", index, "--force");
        assertTrue(forced.err().contains("newsfacts: 3 inputs read: 3 extracted, 0 skipped, 0 failed"),
                forced::toString);

        // an emptied index holds nothing to skip
        Files.delete(b);
        CliRun rebuilt = run("index", in.toString(), "--index", index, "--rebuild");
        assertTrue(rebuilt.err().contains("newsfacts: 2 inputs read: 2 extracted, 0 skipped, 0 failed"),
                rebuilt::toString);
        assertTrue(rebuilt.err().contains("newsfacts: index " + index + " now holds 2 articles"), rebuilt::toString);
    }

    @Test
    void limitsMustBePositive() {
        for (String[] args : new String[][] {{"--timeout", "0"}, {"--max-article-mb", "0"}, {"--max-article-mb", "-1"},
            {"--max-article-mb", "NaN"}}) {
            CliRun r = CliRun.of("extract", args[0], args[1], "x.txt");
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains(args[0]), r::toString);
        }
    }
}
