package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors, help and the read-only commands' failures: none of these loads a model. */
class NewsfactsUsageTest {
    @Test
    void unknownFlagIsAUsageError() {
        CliRun r = CliRun.of("extract", "--bogus", "x.txt");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r::toString);
        assertTrue(r.err().contains("newsfacts extract --help"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertEquals(2, CliRun.of("extract").code());
        assertEquals(2, CliRun.of("index").code());
        assertEquals(2, CliRun.of("search").code());
        assertEquals(2, CliRun.of("show").code());
        assertEquals(2, CliRun.of().code());
        assertEquals(2, CliRun.of("frobnicate").code());
    }

    @Test
    void invalidOptionValuesAreUsageErrors() {
        CliRun threads = CliRun.of("extract", "--threads", "0", "x.txt");
        assertEquals(2, threads.code(), threads::toString);
        assertTrue(threads.err().contains("--threads"), threads::toString);
        CliRun date = CliRun.of("extract", "--date", "2020-13", "x.txt");
        assertEquals(2, date.code(), date::toString);
        assertTrue(date.err().contains("'2020-13'"), date::toString);
        assertEquals(2, CliRun.of("extract", "--date", "20201026", "x.txt").code());
        assertEquals(2, CliRun.of("extract", "-", "-").code());
        assertEquals(2, CliRun.of("search", "x", "--limit", "0").code());
        assertEquals(2, CliRun.of("search", "x", "--min", "5", "--max", "1").code());
        assertEquals(2, CliRun.of("search", "x", "--min", "lots").code());
    }

    @Test
    void helpDocumentsTheExitCodesOnEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"index", "--help"},
            {"search", "--help"}, {"show", "--help"}, {"stats", "--help"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("Exit codes:"), r::toString);
            assertTrue(r.out().contains("2   Usage error"), r::toString);
        }
        assertTrue(CliRun.of("search", "--help").out().contains("--index=DIR"));
    }

    @Test
    void versionIsPrintedEverywhere() {
        for (String[] args : new String[][] {{"--version"}, {"extract", "--version"}, {"stats", "-V"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().startsWith("newsfacts "), r::toString);
        }
    }

    @Test
    void readingAMissingIndexSaysSoAndExits1(@TempDir Path tmp) {
        String missing = tmp.resolve("nowhere").toString();
        for (String[] args : new String[][] {{"search", "suspects", "--index", missing},
            {"show", "x", "--index", missing}, {"stats", "--index", missing}}) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().startsWith("newsfacts: no index at " + missing), r::toString);
            assertEquals("", r.out());
        }
    }

    @Test
    void figuresAreGroupedByThousands() {
        assertEquals("373,000", HitFormat.grouped(new java.math.BigDecimal("373000")));
        assertEquals("1,234.5", HitFormat.grouped(new java.math.BigDecimal("1234.50")));
        assertEquals("-1,000", HitFormat.grouped(new java.math.BigDecimal("-1000")));
        assertEquals("999", HitFormat.grouped(new java.math.BigDecimal("999")));
        assertEquals("0.05", HitFormat.grouped(new java.math.BigDecimal("0.05")));
        assertEquals("1,200,000,000", HitFormat.grouped(new java.math.BigDecimal("1.2E+9")));
    }
}
