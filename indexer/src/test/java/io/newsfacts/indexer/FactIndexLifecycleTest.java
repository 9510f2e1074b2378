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
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
            assertEquals(List.of(), index.search(SearchRequest.of("suspects", 10)).hits());
            assertEquals(new IndexStats(0, 0, 0, Facets.NONE), index.stats());
        }
    }

    @Test
    void readsSeeOnlyCommittedPuts() throws Exception {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));

            assertEquals(0, index.articleCount());
            assertEquals(List.of(), index.search(SearchRequest.of("suspects", 10)).hits());
            assertEquals(Optional.empty(), index.articleJson("fujian"));

            index.commit();

            assertEquals(1, index.articleCount());
            assertEquals(2, index.search(SearchRequest.of("suspects", 10)).hits().size());
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
            assertEquals("f1", index.search(SearchRequest.of("criminal suspects", 1)).hits().get(0).id());
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
            assertEquals(Optional.of(fujian.source().sha256()), index.articleSha256("fujian"));
            assertEquals(Optional.empty(), index.articleSha256("nowhere"));
        }
    }

    @Test
    void statsCountArticlesFiguresEntitiesAndFiguresPerKindAgencyAndPlace() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.put(TestArticles.fujian("fujian-copy"));
            index.put(TestArticles.customs("customs"));
            index.commit();

            IndexStats all = index.stats();
            assertEquals(3, all.articles());
            assertEquals(5, all.figures());
            assertEquals(6, all.entities());
            Facets stats = all.figuresBy();
            // largest count first, ties by key
            assertEquals(List.of(Map.entry("COUNT", 2L), Map.entry("MONEY", 2L), Map.entry("QUANTITY", 1L)),
                    List.copyOf(stats.byKind().entrySet()));
            assertEquals(List.of(Map.entry("Fujian Police", 4L), Map.entry("General Administration of Customs", 1L)),
                    List.copyOf(stats.byAgency().entrySet()));
            assertEquals(List.of(Map.entry("Fujian", 2L), Map.entry("Guangdong", 1L)),
                    List.copyOf(stats.byPlace().entrySet()));
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readOnlyOpenOfAMissingOrEmptyFolderIsNoIndexAndWritesNothing() throws IOException {
        Path missing = dir.resolve("missing");
        NoIndexException e = assertThrows(NoIndexException.class,
                () -> FactIndex.openReadOnly(new IndexConfig(missing)));
        assertTrue(e.getMessage().startsWith("no index at " + missing + " (build one with: newsfacts index"),
                e.getMessage());
        assertTrue(Files.notExists(missing));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThrows(NoIndexException.class, () -> FactIndex.openReadOnly(new IndexConfig(empty)));
        assertEquals(List.of(), files(empty));
    }

    @Test
    void aFolderOfOtherFilesIsNoIndexForReadingAndRefusedForWriting() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Police arrested 3 people.");

        assertThrows(NoIndexException.class, () -> FactIndex.openReadOnly(new IndexConfig(articles)));
        IOException e = assertThrows(IOException.class, () -> FactIndex.open(new IndexConfig(articles)));
        assertTrue(e.getMessage().contains("holds files but no index"), e.getMessage());
        assertEquals(List.of("a.txt"), files(articles));
    }

    @Test
    void readOnlyIndexSearchesWhileAWriterIndexesAndSeesEachNewCommit() throws Exception {
        try (FactIndex writer = FactIndex.open(new IndexConfig(dir))) {
            writer.put(TestArticles.fujian("fujian"));
            writer.commit();
            try (FactIndex reader = FactIndex.openReadOnly(new IndexConfig(dir))) {
                assertEquals(1, reader.articleCount());
                writer.put(TestArticles.customs("customs"));
                assertEquals(1, reader.articleCount(), "uncommitted puts are invisible");
                writer.commit();
                assertEquals(2, reader.articleCount(), "the next read sees the new commit");
                assertEquals(List.of("customs/f1"), reader.search(SearchRequest.of("drugs", 10)).hits().stream()
                        .map(h -> h.articleId() + "/" + h.id()).toList());
            }
        }
    }

    @Test
    void readOnlyIndexRefusesPutsAndCommits() throws IOException {
        FactIndex.open(new IndexConfig(dir)).close();
        try (FactIndex reader = FactIndex.openReadOnly(new IndexConfig(dir))) {
            assertThrows(IllegalStateException.class, () -> reader.put(TestArticles.fujian("fujian")));
            assertThrows(IllegalStateException.class, reader::commit);
        }
    }

    /** What the first indexer left: a Lucene index whose commits carry no format. */
    private void writeFormatOneIndex() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("type", "article", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithTheRebuildCommand() throws IOException {
        writeFormatOneIndex();

        for (IOException e : List.of(
                assertThrows(IncompatibleIndexException.class, () -> FactIndex.open(new IndexConfig(dir))),
                assertThrows(IncompatibleIndexException.class, () -> FactIndex.openReadOnly(new IndexConfig(dir))))) {
            assertEquals("cannot use the index at " + dir + ": it has index format 1 and this version of newsfacts"
                    + " reads format " + DocumentLayout.FORMAT + "; rebuild it with newsfacts index --rebuild PATH..."
                    + " --index " + dir, e.getMessage());
        }
    }

    @Test
    void rebuildReplacesAnIncompatibleIndexWithAnEmptyCurrentOne() throws Exception {
        writeFormatOneIndex();

        try (FactIndex index = FactIndex.open(new IndexConfig(dir, true))) {
            assertEquals(0, index.articleCount());
            index.put(TestArticles.customs("customs"));
            index.commit();
        }
        try (FactIndex index = FactIndex.openReadOnly(new IndexConfig(dir))) {
            assertEquals(1, index.articleCount());
        }
    }

    @Test
    void rebuildEmptiesACurrentIndex() throws IOException {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.fujian("fujian"));
            index.commit();
        }
        try (FactIndex index = FactIndex.open(new IndexConfig(dir, true))) {
            assertEquals(0, index.articleCount());
            assertEquals(Optional.empty(), index.articleJson("fujian"));
        }
    }

    /** Regression: a period of unknown year (XXXX-01) once gave its field no points, which Lucene refused. */
    @Test
    void aPeriodOfUnknownYearIsShownButOnNoCalendar() throws Exception {
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            index.put(TestArticles.ministry("known", 2020));
            index.put(TestArticles.unknownYear("unknown"));
            index.commit();

            Hit hit = index.search(SearchRequest.of("article:unknown AND type:figure", 10)).hits().get(0);
            assertEquals("XXXX-01/XXXX-09", hit.period());
            assertEquals(null, hit.articleDate());
            assertEquals(List.of("known/f1", "known/f2"), index.search(SearchRequest.of("period:2020", 10)).hits()
                    .stream().map(h -> h.articleId() + "/" + h.id()).toList());
            assertEquals(Map.of("2020", 2L, "2019", 1L), index.stats().figuresBy().byYear());
        }
    }

    /** show's line is put back together from the article's documents: byte for byte extract's. */
    @Test
    void articleJsonIsRebuiltExactlyFromItsDocuments() throws IOException {
        List<Article> articles = List.of(TestArticles.twoMentions("two"), TestArticles.ministry("ministry", 2020),
                TestArticles.unknownYear("unknown"), TestArticles.parcels("none"), TestArticles.parcels("many", 1, 2, 3));
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            for (Article a : articles) {
                index.put(a);
            }
            index.commit();
        }
        try (FactIndex index = FactIndex.openReadOnly(new IndexConfig(dir))) {
            for (Article a : articles) {
                assertEquals(Optional.of(ContractJson.toJsonLine(a)), index.articleJson(a.id()), a.id());
            }
        }
    }
}
