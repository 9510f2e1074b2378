package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an indexing batch: a child JVM indexes generated articles with periodic
 * commits and is killed with SIGKILL between commits. The index must then open, hold a committed prefix of the
 * articles with every present article complete, accept searches, and after a rerun of the batch hold every
 * article exactly once.
 */
class KillDuringIndexingTest {
    private static final int ARTICLES = 4_000;
    private static final int COMMIT_EVERY = 50;

    @TempDir
    Path tmp;

    @Test
    void killedBatchLeavesACommittedPrefixAndARerunCompletesItWithoutDuplicates() throws Exception {
        long seed = System.nanoTime();
        System.out.println("killedBatchLeavesACommittedPrefixAndARerunCompletesItWithoutDuplicates seed=" + seed);
        Random random = new Random(seed);
        Path dir = tmp.resolve("index");

        Process child = start(dir);
        int reported = 0;
        try (BufferedReader out = reader(child)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported = Integer.parseInt(line.substring("committed ".length()));
                    if (reported == 2 * COMMIT_EVERY) {
                        // another process searches while the child holds the write lock
                        try (FactIndex reader = FactIndex.openReadOnly(new IndexConfig(dir))) {
                            long seen = reader.articleCount();
                            assertTrue(seen >= reported && seen % COMMIT_EVERY == 0, "seen " + seen);
                            assertEquals(1 + 7 % 7, reader.search(SearchRequest.of("article:a00007 AND type:figure",
                                    10)).hits().size());
                        }
                    }
                    if (reported >= 4 * COMMIT_EVERY) {
                        break;
                    }
                } else if (!line.isBlank()) {
                    fail("child said: " + line);
                }
            }
            // mid-batch: the child keeps putting articles after its last commit
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(reported >= 4 * COMMIT_EVERY, "the child committed " + reported + " before dying");

        int present = checkCommittedPrefix(dir, seed);
        assertTrue(present >= reported, "lost committed articles: " + present + " < " + reported + " seed=" + seed);
        assertTrue(present < ARTICLES, "the kill came after the batch ended; seed=" + seed);
        try (FactIndex reader = FactIndex.openReadOnly(new IndexConfig(dir))) {
            assertEquals(present, reader.articleCount());
            assertEquals(1, reader.search(SearchRequest.of("article:a00000", 10)).hits().size());
        }

        Process rerun = start(dir);
        try (BufferedReader out = reader(rerun)) {
            String last = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
            assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), "rerun did not finish");
            assertEquals(0, rerun.exitValue());
            assertEquals("done", last);
        }
        assertEquals(ARTICLES, checkCommittedPrefix(dir, seed));
        long figures = 0;
        for (int i = 0; i < ARTICLES; i++) {
            figures += CrashingIndexer.article(i).figures().size();
        }
        try (FactIndex reader = FactIndex.openReadOnly(new IndexConfig(dir))) {
            assertEquals(ARTICLES, reader.articleCount());
            assertEquals(figures, reader.figureCount(), "no figure missing or twice");
        }
    }

    private static Process start(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashingIndexer.class.getName(), dir.toString(), String.valueOf(ARTICLES),
                String.valueOf(COMMIT_EVERY))
                .redirectErrorStream(true)
                .start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Reads every live document of the last commit: each present article must have its article document and
     * exactly its figures; the present articles must be a0 .. a(n-1) with n a multiple of the commit interval
     * (or all). Returns n.
     */
    private static int checkCommittedPrefix(Path dir, long seed) throws IOException {
        Map<String, Integer> figures = new HashMap<>();
        Map<String, Integer> articles = new HashMap<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    var document = stored.document(doc);
                    String article = document.get(DocumentLayout.ARTICLE);
                    assertNotNull(article);
                    String type = document.get(DocumentLayout.TYPE);
                    Map<String, Integer> tally = DocumentLayout.TYPE_ARTICLE.equals(type) ? articles : figures;
                    tally.merge(article, 1, Integer::sum);
                }
            }
        }
        int n = articles.size();
        String where = " seed=" + seed;
        assertTrue(n % COMMIT_EVERY == 0 || n == ARTICLES, n + " articles is not a committed prefix" + where);
        for (int i = 0; i < n; i++) {
            String id = CrashingIndexer.id(i);
            assertEquals(1, articles.getOrDefault(id, 0), id + where);
            assertEquals(CrashingIndexer.article(i).figures().size(), figures.getOrDefault(id, 0), id + where);
        }
        assertEquals(n, figures.size(), "figures of absent articles" + where);
        return n;
    }
}
