package io.newsfacts.extractor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.input.UnreadableArticleException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader refuses before reading: files too large, things that are not files; and why, as a closed list. */
class ArticleReaderLimitsTest {
    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20); // sparse: 50 MB that cost nothing to write, and would cost 50 MB to read
        }
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.read(big, dir, 4L << 20));
        assertEquals(Problem.TOO_LARGE, e.problem());
        assertEquals(big + ": too large (50.0 MB; the limit is 4.0 MB)", e.getMessage());
    }

    @Test
    void aStreamOverTheLimitIsRefusedAsSoonAsItIsLonger() throws Exception {
        byte[] bytes = "x".repeat(1001).getBytes(StandardCharsets.US_ASCII);
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.readAtMost(new ByteArrayInputStream(bytes), "<stdin>", 1000));
        assertEquals(Problem.TOO_LARGE, e.problem());
        assertTrue(e.getMessage().startsWith("<stdin>: too large (more than "), e.getMessage());
        assertEquals(1000, ArticleReader.readAtMost(new ByteArrayInputStream(bytes, 0, 1000), "x", 1000).length);
    }

    @Test
    void aFifoIsRefusedInsteadOfBlockingTheReader(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.read(fifo, dir));
        assertEquals(Problem.NOT_A_FILE, e.problem());
        assertEquals(fifo + ": not a regular file (a device, FIFO or socket)", e.getMessage());
    }

    @Test
    void aMissingFileAndASymlinkLoopAreIoErrorsNamingTheFile(@TempDir Path dir) throws IOException {
        assertThrows(NoSuchFileException.class, () -> ArticleReader.read(dir.resolve("gone.txt"), dir));
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop);
        FileSystemException e = assertThrows(FileSystemException.class, () -> ArticleReader.read(loop, dir));
        assertEquals(loop.toString(), e.getFile());
    }

    @Test
    void everyRefusalSaysWhyInTheProblemList() {
        UnreadableArticleException empty = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.decode("a", "a.txt", new byte[0], false));
        assertEquals(Problem.EMPTY, empty.problem());
        UnreadableArticleException blank = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.decode("a", "a.txt", " \r\n".getBytes(StandardCharsets.US_ASCII), false));
        assertEquals(Problem.NO_TEXT, blank.problem());
        assertEquals("a.txt: no text (whitespace only)", blank.getMessage());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y'};
        assertEquals(Problem.BINARY, assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.decode("a", "a.zip", zip, false)).problem());
    }
}
