package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, committing, closing and reopening a real index folder; the stored JSON and the stats. */
class FactIndexLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void openCreatesAMissingFolderAsAnEmptySearchableIndex() throws Exception {
        Path folder = dir.resolve("not/there/yet");
        try (FactIndex index = FactIndex.open(new IndexConfig(folder))) {
            assertTrue(Files.isDirectory(folder));
            assertEquals(0, index.articleCount());
            assertEquals(List.of(), index.search(new SearchRequest("suspects", null, null, null, 10)));
            assertEquals(new IndexStats(0, 0, 0, Map.of(), Map.of(), Map.of()), index.stats());
        }
    }

    @Test
    void readsSeeOnlyCommittedPuts() throws Exception {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));

            assertEquals(0, index.articleCount());
            assertEquals(List.of(), index.search(new SearchRequest("suspects", null, null, null, 10)));
            assertEquals(Optional.empty(), index.articleJson("fujian"));

            index.commit();

            assertEquals(1, index.articleCount());
            assertEquals(2, index.search(new SearchRequest("suspects", null, null, null, 10)).size());
        }
    }

    @Test
    void reopeningKeepsTheCommittedData() throws Exception {
        Article fujian = TestArticles.fujian("fujian");
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(fujian);
            index.put(TestArticles.customs("customs"));
            index.commit();
        }
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            assertEquals(2, index.articleCount());
            assertEquals(3, index.figureCount());
            assertEquals(4, index.entityCount());
            assertEquals("f1", index.search(new SearchRequest("criminal suspects", null, null, null, 1)).get(0).id());
            assertEquals(Optional.of(ContractJson.toJsonLine(fujian)), index.articleJson("fujian"));
        }
    }

    @Test
    void closingWithoutCommitDiscardsThePutsSinceTheLastCommit() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.commit();
            index.put(TestArticles.customs("customs"));
        }
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            assertEquals(1, index.articleCount());
            assertEquals(Optional.empty(), index.articleJson("customs"));
        }
    }

    @Test
    void openingAnIndexThatIsAlreadyOpenFailsNamingTheFolder() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            IOException e = assertThrows(IOException.class, () -> FactIndex.open(new IndexConfig(dir)));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }
        // the failed open released nothing it did not own: the folder opens again once the first is closed
        FactIndex.open(new IndexConfig(dir)).close();
    }

    @Test
    void articleJsonIsTheContractLineOfTheLastPutVersion() throws IOException {
        Article fujian = TestArticles.fujian("fujian");
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.parcels("fujian", 5));
            index.put(fujian);
            index.put(TestArticles.customs("customs"));
            index.commit();

            assertEquals(Optional.of(ContractJson.toJsonLine(fujian)), index.articleJson("fujian"));
            assertEquals(Optional.empty(), index.articleJson("Fujian"));
            assertEquals(Optional.empty(), index.articleJson("nowhere"));
        }
    }

    @Test
    void statsCountArticlesFiguresEntitiesAndFiguresPerKindAgencyAndPlace() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.put(TestArticles.fujian("fujian-copy"));
            index.put(TestArticles.customs("customs"));
            index.commit();

            IndexStats stats = index.stats();
            assertEquals(3, stats.articles());
            assertEquals(5, stats.figures());
            assertEquals(6, stats.entities());
            // largest count first, ties by key
            assertEquals(List.of(Map.entry("COUNT", 2L), Map.entry("MONEY", 2L), Map.entry("QUANTITY", 1L)),
                    List.copyOf(stats.byKind().entrySet()));
            assertEquals(List.of(Map.entry("Fujian Police", 4L), Map.entry("General Administration of Customs", 1L)),
                    List.copyOf(stats.byAgency().entrySet()));
            assertEquals(List.of(Map.entry("Fujian", 2L), Map.entry("Guangdong", 1L)),
                    List.copyOf(stats.byPlace().entrySet()));
        }
    }
}
