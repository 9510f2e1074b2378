package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing is update-by-id: a second put of an article replaces its documents, never adds to them. */
class FactIndexUpdateTest {
    @TempDir
    Path dir;

    @Test
    void puttingTheSameArticlesTwiceLeavesCountsUnchanged() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            for (int run = 0; run < 2; run++) {
                assertEquals(new PutResult(2, 2), index.put(TestArticles.fujian("fujian")));
                assertEquals(new PutResult(1, 2), index.put(TestArticles.customs("customs")));
                index.commit();

                assertEquals(2, index.articleCount());
                assertEquals(3, index.figureCount());
                assertEquals(4, index.entityCount());
            }
        }
    }

    @Test
    void aChangedArticleReplacesItsOldFigures() throws Exception {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.commit();
            Article changed = TestArticles.parcels("fujian", 374000);
            index.put(changed);
            index.commit();

            assertEquals(1, index.articleCount());
            assertEquals(1, index.figureCount());
            assertEquals(0, index.entityCount());
            assertEquals(List.of(), index.search(SearchRequest.of("funds OR suspects", 10)).hits());
            List<Hit> hits = index.search(SearchRequest.of("parcels", 10)).hits();
            assertEquals(1, hits.size());
            assertEquals(new BigDecimal("374000"), hits.get(0).value());
            assertEquals(ContractJson.toJsonLine(changed), index.articleJson("fujian").orElseThrow());
        }
    }

    @Test
    void statsIgnoreReplacedDocumentsNotYetMergedAway() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.commit();
            index.put(TestArticles.fujian("fujian"));
            index.put(TestArticles.fujian("fujian"));
            index.commit();

            Facets stats = index.stats().figuresBy();
            assertEquals(Map.of("COUNT", 1L, "MONEY", 1L), stats.byKind());
            assertEquals(Map.of("Fujian Police", 2L), stats.byAgency());
        }
    }

    /**
     * Random interleavings of puts (new versions of a few articles) and commits must leave exactly the last
     * version of each article: its figure count, and its values found by search.
     */
    @Test
    void randomPutSequenceLeavesTheLastVersionOfEachArticle() throws Exception {
        long seed = System.nanoTime();
        System.out.println("randomPutSequenceLeavesTheLastVersionOfEachArticle seed=" + seed);
        Random random = new Random(seed);
        Map<String, Article> last = new HashMap<>();
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            for (int op = 0; op < 60; op++) {
                String id = "a" + random.nextInt(8);
                int[] values = random.ints(random.nextInt(4), 1, 1_000_000).toArray();
                Article a = TestArticles.parcels(id, values);
                index.put(a);
                last.put(id, a);
                if (random.nextInt(5) == 0) {
                    index.commit();
                }
            }
            index.commit();

            String where = "seed=" + seed;
            assertEquals(last.size(), index.articleCount(), where);
            long figures = last.values().stream().mapToLong(a -> a.figures().size()).sum();
            assertEquals(figures, index.figureCount(), where);
            assertEquals(figures, index.stats().figuresBy().byKind().getOrDefault("COUNT", 0L), where);
            for (Article a : last.values()) {
                List<Hit> hits = index.search(SearchRequest.of("article:" + a.id(), 100)).hits();
                List<BigDecimal> expected = a.figures().stream().map(f -> f.value()).toList();
                assertEquals(expected, hits.stream().map(Hit::value).toList(), where + " article " + a.id());
            }
        }
    }
}
