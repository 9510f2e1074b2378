package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over a real index holding the Fujian article (COUNT, MONEY) and the customs article (QUANTITY). */
class FactIndexSearchTest {
    @TempDir
    Path dir;

    private FactIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = FactIndex.open(new IndexConfig(dir));
        // in id order, as a folder walked in path order is indexed: queries of filters only list hits so
        index.put(TestArticles.customs("customs"));
        index.put(TestArticles.fujian("fujian"));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<Hit> search(String query) throws Exception {
        return index.search(SearchRequest.of(query, 10)).hits();
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(h -> h.articleId() + "/" + h.id()).toList();
    }

    @Test
    void countedPhraseWordsFindTheFigureWithValueUnitAgencyPlaceAndHighlight() throws Exception {
        List<Hit> hits = search("criminal suspects");

        // both figures share the sentence, but only f1 counts "criminal suspects", so it ranks first
        assertEquals(List.of("fujian/f1", "fujian/f2"), keys(hits));
        Hit f1 = hits.get(0);
        assertEquals("figure", f1.type());
        assertEquals("COUNT", f1.kind());
        assertEquals(0, new BigDecimal("373000").compareTo(f1.value()));
        assertNull(f1.unit());
        assertEquals("373,000", f1.text());
        assertEquals("criminal suspects", f1.counted());
        assertEquals("arrested", f1.predicate());
        assertEquals("Fujian Police", f1.agency());
        assertEquals("Fujian", f1.place());
        assertEquals(TestArticles.FUJIAN_TEXT, f1.sentence());
        assertEquals("Police arrested 373,000 «criminal» «suspects» in Fujian, and 277 billion yuan of funds was"
                + " stopped.", f1.highlighted());
        assertTrue(f1.score() > hits.get(1).score(), "counted-phrase match must outscore its neighbour");
    }

    @Test
    void moneyFigureCarriesExactValueAndCurrency() throws Exception {
        Hit f2 = search("counted:funds").get(0);

        assertEquals("fujian/f2", f2.articleId() + "/" + f2.id());
        assertEquals(new BigDecimal("277000000000"), f2.value());
        assertEquals("CNY", f2.unit());
        assertEquals("277 billion yuan", f2.text());
        assertEquals("stopped", f2.predicate());
        assertNull(f2.place());
        assertEquals("Police arrested 373,000 criminal suspects in Fujian, and 277 billion yuan of «funds» was"
                + " stopped.", f2.highlighted());
    }

    @Test
    void phraseQueryHighlightsThePhraseAsOneMatch() throws Exception {
        Hit hit = search("\"criminal suspects\"").get(0);

        assertTrue(hit.highlighted().contains("373,000 «criminal suspects» in"), hit.highlighted());
    }

    @Test
    void stemmingLetsOtherWordFormsMatch() throws Exception {
        // "arrests" and "suspect" are not in the text; the English stemmer maps them onto "arrested", "suspects"
        assertEquals("fujian/f1", keys(search("arrests AND suspect")).get(0));
        assertEquals(List.of("customs/f1"), keys(search("predicate:seize")));
    }

    @Test
    void figureHighlightsOnlyItsOwnSentence() throws Exception {
        Hit hit = search("drugs").get(0);

        assertEquals("Customs officers seized 12.5 tonnes of «drugs» in Guangdong.", hit.highlighted());
    }

    @Test
    void entityHitsCarryTypeTextAndHighlightedSentence() throws Exception {
        List<Hit> hits = search("type:entity AND guangdong");

        assertEquals(List.of("customs/e2"), keys(hits));
        Hit e2 = hits.get(0);
        assertEquals("entity", e2.type());
        assertEquals("PLACE", e2.kind());
        assertEquals("Guangdong", e2.text());
        assertNull(e2.value());
        assertNull(e2.counted());
        assertEquals("Customs officers seized 12.5 tonnes of drugs in «Guangdong».", e2.highlighted());
    }

    @Test
    void kindFilterKeepsOnlyThatFigureKindOrEntityType() throws Exception {
        assertEquals(List.of("fujian/f2"), keys(index.search(SearchRequest.of(null, 10).withFilters("MONEY", null, null)).hits()));
        assertEquals(List.of("fujian/f2"), keys(index.search(SearchRequest.of("police", 10).withFilters("money", null, null)).hits()));
        assertEquals(List.of("customs/e2", "fujian/e2"),
                keys(index.search(SearchRequest.of("", 10).withFilters("PLACE", null, null)).hits()));
        assertEquals(List.of(), keys(index.search(SearchRequest.of(null, 10).withFilters("PERCENT", null, null)).hits()));
    }

    @Test
    void minAndMaxBoundFigureValuesInclusivelyAndLeaveOutEntities() throws Exception {
        assertEquals(List.of("fujian/f1"), keys(index.search(SearchRequest.of(null, 10).withFilters(null, 373000.0, 373000.0)).hits()));
        assertEquals(List.of("fujian/f2"), keys(index.search(SearchRequest.of(null, 10).withFilters(null, 1e6, null)).hits()));
        assertEquals(List.of("customs/f1"), keys(index.search(SearchRequest.of(null, 10).withFilters(null, null, 12.5)).hits()));
        assertEquals(List.of("customs/f1", "fujian/f1"),
                keys(index.search(SearchRequest.of(null, 10).withFilters(null, 0.0, 1e6)).hits()));
        // the query and the bounds must both hold
        assertEquals(List.of(), keys(index.search(SearchRequest.of("counted:funds", 10).withFilters(null, null, 1e6)).hits()));
    }

    @Test
    void valueRangesInQuerySyntaxAreNumeric() throws Exception {
        assertEquals(List.of("fujian/f2"), keys(search("value:[1000000 TO *]")));
        // as strings "12.5" > "1000000"; numerically the exclusive lower bound leaves out 12.5 only
        assertEquals(List.of("fujian/f1"), keys(search("value:{12.5 TO 1000000]")));
        assertEquals(List.of("customs/f1"), keys(search("value:12.5")));
    }

    @Test
    void keywordFieldsMatchWholeValuesWhateverTheCase() throws Exception {
        // the agency's own entity document matches its name too
        assertEquals(List.of("fujian/f1", "fujian/f2", "fujian/e1"), keys(search("agency:\"fujian police\"")));
        assertEquals(List.of("fujian/f2"), keys(search("kind:money")));
        assertEquals(List.of("customs/f1"), keys(search("unit:TONNE")));
        assertEquals(List.of("fujian/f1"), keys(search("place:fujian AND type:figure")));
        assertEquals(List.of("customs/e2", "fujian/e2"), keys(search("type:entity AND kind:place")));
        assertEquals(List.of("customs/e1"), keys(search("canonical:\"general administration of customs\"")));
        assertEquals(List.of(), keys(search("agency:fujian")));
    }

    @Test
    void articleFieldSelectsOneArticleAndNeverReturnsArticleDocuments() throws Exception {
        List<Hit> hits = search("article:customs");

        assertEquals(List.of("customs/f1", "customs/e1", "customs/e2"), keys(hits));
        assertTrue(hits.stream().allMatch(h -> h.type().equals("figure") || h.type().equals("entity")));
    }

    @Test
    void blankQueryListsEverythingInArticleOrderWithUnhighlightedSentences() throws Exception {
        List<Hit> hits = search("  ");

        assertEquals(List.of("customs/f1", "customs/e1", "customs/e2", "fujian/f1", "fujian/f2", "fujian/e1",
                "fujian/e2"), keys(hits));
        assertEquals(TestArticles.FUJIAN_TEXT, hits.get(3).highlighted());
        assertTrue(hits.stream().noneMatch(h -> h.highlighted().contains("«")));
    }

    @Test
    void limitCapsTheHits() throws Exception {
        List<Hit> hits = index.search(SearchRequest.of(null, 2).withFilters(null, null, null)).hits();

        assertEquals(List.of("customs/f1", "customs/e1"), keys(hits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed", "AND OR", "suspects AND", "(police", "*illion", "?olice", "value:abc",
            "value:12*", "value:[1 TO x]", "/[a/"})
    void malformedQueryThrowsInvalidQueryExceptionWithOneLine(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(query));

        assertTrue(e.getMessage().startsWith("invalid query '"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void invalidQueryMessageStaysOneLineWhenTheQuerySpansLines() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search("police\nAND\n"));

        assertTrue(e.getMessage().startsWith("invalid query 'police AND': "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void queryOfMoreClausesThanLuceneAllowsIsInvalidNotACrash() {
        String query = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "w" + i)
                .collect(java.util.stream.Collectors.joining(" OR "));

        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(query));

        assertTrue(e.getMessage().endsWith("too many terms; make it narrower")
                || e.getMessage().contains("too many boolean clauses"), e.getMessage());
    }

    @Test
    void requestRejectsANonPositiveLimitAndCrossedBounds() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 0));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 10).withFilters(null, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.of("x", 10).withFilters(null, Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 10).withOffset(-1));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 10).withOffset(9_995));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 10)
                .withDates(PartialDate.parse("2021"), PartialDate.parse("2020-12")));
    }

    @Test
    void mentionsOfOneEntityAreOneHitFoundByEachMentionAndTheHierarchyOfAll() throws Exception {
        index.put(TestArticles.twoMentions("two"));
        index.commit();

        // e1 "Fujian" and e3 "Fujian Province" are one entity, shown by its first mention
        assertEquals(List.of("two/e1"), keys(search("article:two AND type:entity AND kind:place AND fujian")));
        assertEquals(List.of("two/e1"), keys(search("article:two AND type:entity AND \"fujian province\"")));
        // only the second mention is said to lie within China; the entity does, and so the first mention's figure
        assertEquals(List.of("two/f1", "two/e1", "two/e4"), keys(search("article:two AND place:china")));
        assertEquals(4 + 3, index.stats().entities(), "the fixtures' four, then Fujian once, its police and China");
    }

    @Test
    void filtersWithoutWordsListHitsInTheOrderTheyWereIndexed() throws Exception {
        index.put(TestArticles.parcels("b", 7));
        index.put(TestArticles.parcels("a", 8));
        index.commit();

        assertEquals(List.of("fujian/f1", "b/f1", "a/f1"), keys(search("kind:count")));
        // words rank: ties by article id, then position
        assertEquals(List.of("a/f1", "b/f1"), keys(search("parcels")));
        // an article indexed again moves to the end
        index.put(TestArticles.parcels("b", 9));
        index.commit();
        assertEquals(List.of("fujian/f1", "a/f1", "b/f1"), keys(search("kind:count")));
    }
}
