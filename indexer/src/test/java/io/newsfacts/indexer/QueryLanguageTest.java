package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The query language of the README over a real index of two Ministry-like articles, dated 2020-10-26 and
 * 2021-10-26 (see {@link TestArticles#ministry}): quantities, filters, hierarchies, periods, sorts, pages, facets.
 */
class QueryLanguageTest {
    @TempDir
    Path dir;

    private FactIndex index;
    private Article y2020;
    private Article y2021;

    @BeforeEach
    void fill() throws IOException {
        index = FactIndex.open(new IndexConfig(dir));
        y2020 = TestArticles.ministry("mps-2020", 2020);
        y2021 = TestArticles.ministry("mps-2021", 2021);
        index.put(y2020);
        index.put(y2021);
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> keys(String query) throws Exception {
        return keys(SearchRequest.of(query, 100));
    }

    private List<String> keys(SearchRequest request) throws Exception {
        return index.search(request).hits().stream().map(h -> h.articleId() + "/" + h.id()).toList();
    }

    /** The keys of these figure or entity ids in both articles, in result order (article id, then position). */
    private static List<String> both(String... ids) {
        List<String> keys = new ArrayList<>();
        for (String article : List.of("mps-2020", "mps-2021")) {
            for (String id : ids) {
                keys.add(article + "/" + id);
            }
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "value>10000                       | f1 f5",
        "value > 10000                     | f1 f5",
        "value>=9419                       | f1 f3 f5",
        "value:>=9419                      | f1 f3 f5",
        "value<20                          | f6 f7",
        "value:[1e9 TO *]                  | f5",
        "value:[1 billion TO *]            | f5",
        "value:{12.5 TO 22]                | f4 f7",
        "value:1.5bn                       | f5",
        "value:22                          | f4",
        ">1 billion yuan                   | f5",
        "over 1 billion yuan               | f5",
        "more than 1,000,000,000 CNY       | f5",
        "> RMB 1bn                         | f5",
        "at least 1.5 billion              | f5",
        "between 10 and 20 percent         | f7",
        "between 50 AND 10%                | f2 f7",
        "at least 41.1%                    | f2",
        "under 15 tonnes                   | f6",
        "more than 10,000 suspects         | f1",
        "kind:MONEY                        | f5",
        "unit:CNY                          | f5",
        "unit:yuan                         | f5",
        "unit:percent                      | f2 f7",
        "predicate:arrest AND type:figure  | f1 f4",
        "predicate:seize                   | f5 f6",
        "agency:\"Ministry of Public Security\" AND type:figure | f3",
        "place:Fujian AND type:figure      | f4 f5",
        "place:fujian AND type:entity      | e4 e5 e7",
        "place:Sanming                     | f5 e7",
        "place:\"Sanming City\"            | f5",
        "place:\"across the country\"      | f1 f2",
        "(>1 billion yuan OR <12.6 tonnes) AND seized | f5 f6",
        "NOT value>100 AND type:figure     | f2 f4 f6 f7",
        "\"more than 10,000\" OR eliminated | f3",
        "over the country                  | ''",
    })
    void queryFindsTheseFiguresInBothArticles(String query, String ids) throws Exception {
        List<String> expected = ids.isBlank() ? List.of() : both(ids.split(" "));
        // what matches, not in which order: words rank hits by relevance
        assertEquals(expected.stream().sorted().toList(), keys(query).stream().sorted().toList());
    }

    @Test
    void quantityWordsCombineWithFiltersOfOneYear() throws Exception {
        assertEquals(List.of("mps-2020/f1"), keys("more than 10,000 suspects predicate:arrest period:2020"));
        assertEquals(List.of(), keys(">1 billion dollars"));
        assertEquals(List.of(), keys(">$1m"));
    }

    @Test
    void periodsMatchWhenTheyOverlapTheYearMonthOrRange() throws Exception {
        // mps-2020: f1, f2 in 2020-01..09, f4 in 2019; mps-2021: f1, f2 in 2021, f4 in 2020
        assertEquals(List.of("mps-2020/f1", "mps-2020/f2", "mps-2021/f4"), keys("period:2020"));
        // mps-2021's f4 is in all of 2020, May included
        assertEquals(List.of("mps-2020/f1", "mps-2020/f2", "mps-2021/f4"), keys("period:2020-05"));
        assertEquals(List.of("mps-2021/f4"), keys("period:2020-10"));
        assertEquals(List.of(), keys("period:2022"));
        assertEquals(List.of("mps-2020/f1", "mps-2020/f2", "mps-2020/f4", "mps-2021/f4"),
                keys("period:[2019 TO 2020]"));
        assertEquals(keys("period:2020"), keys("period:{2019 TO 2021}"));
    }

    @Test
    void articleDatesFilterByFromAndToAndByTheDateField() throws Exception {
        SearchRequest money = SearchRequest.of("kind:money", 10);
        assertEquals(List.of("mps-2021/f5"), keys(money.withDates(PartialDate.parse("2021"), null)));
        assertEquals(List.of("mps-2020/f5"), keys(money.withDates(null, PartialDate.parse("2020-10-26"))));
        assertEquals(List.of(), keys(money.withDates(PartialDate.parse("2020-10-27"), PartialDate.parse("2021-10"))
                .withFilters(null, null, 1.0)).subList(0, 0));
        assertEquals(List.of("mps-2020/f5"), keys("kind:money AND date:2020"));
        assertEquals(List.of("mps-2021/f5"), keys("kind:money AND date:[2020-10-27 TO *]"));
        assertEquals("2020-10-26", index.search(money).hits().get(0).articleDate());
    }

    @Test
    void sortsByValueOrDateWithTiesByArticleAndMissingValuesLast() throws Exception {
        SearchRequest counts = SearchRequest.of("kind:COUNT", 10);
        assertEquals(List.of("mps-2020/f1", "mps-2021/f1", "mps-2020/f3", "mps-2021/f3", "mps-2020/f4",
                "mps-2021/f4"), keys(counts.withSort(SortOrder.VALUE)));
        assertEquals(List.of("mps-2020/f4", "mps-2021/f4", "mps-2020/f3", "mps-2021/f3", "mps-2020/f1",
                "mps-2021/f1"), keys(counts.withSort(SortOrder.VALUE_ASC)));
        SearchRequest money = SearchRequest.of("kind:MONEY", 10);
        assertEquals(List.of("mps-2021/f5", "mps-2020/f5"), keys(money.withSort(SortOrder.DATE)));
        assertEquals(List.of("mps-2020/f5", "mps-2021/f5"), keys(money.withSort(SortOrder.DATE_ASC)));
        // entities have no value: after every figure, whichever way
        assertEquals(List.of("mps-2020/f5", "mps-2021/f5", "mps-2020/f4", "mps-2021/f4", "mps-2020/e4",
                "mps-2020/e5", "mps-2020/e7", "mps-2021/e4", "mps-2021/e5", "mps-2021/e7"),
                keys(SearchRequest.of("place:fujian", 20).withSort(SortOrder.VALUE)));
        assertEquals(List.of("mps-2020/f4", "mps-2021/f4", "mps-2020/f5", "mps-2021/f5", "mps-2020/e4"),
                keys(SearchRequest.of("place:fujian", 5).withSort(SortOrder.VALUE_ASC)));
    }

    @Test
    void sortedHitsStillCarryTheirScore() throws Exception {
        Hit top = index.search(SearchRequest.of("suspects", 1).withSort(SortOrder.VALUE)).hits().get(0);
        assertEquals("f1", top.id());
        assertTrue(top.score() > 0, "score " + top.score());
    }

    @Test
    void pagesConcatenateToTheWholeResult() throws Exception {
        SearchRequest all = SearchRequest.of("type:figure", 100).withSort(SortOrder.VALUE);
        SearchResult whole = index.search(all);
        assertEquals(14, whole.total());
        assertTrue(whole.totalExact());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 20; offset += 3) {
            SearchRequest page = new SearchRequest("type:figure", null, null, null, null, null, SortOrder.VALUE,
                    offset, 3, false);
            SearchResult r = index.search(page);
            assertEquals(14, r.total());
            r.hits().forEach(h -> paged.add(h.articleId() + "/" + h.id()));
        }
        assertEquals(keys(all), paged);
    }

    @Test
    void facetsCountTheWholeMatchingSetRollingPlacesUp() throws Exception {
        Facets f = index.search(SearchRequest.of("type:figure", 1).withFacets(true)).facets();

        assertEquals(List.of(Map.entry("COUNT", 6L), Map.entry("PERCENT", 4L), Map.entry("MONEY", 2L),
                Map.entry("QUANTITY", 2L)), List.copyOf(f.byKind().entrySet()));
        assertEquals(Map.of("Criminal Investigation Bureau of the Ministry of Public Security", 2L,
                "General Administration of Customs", 2L, "Xiamen Public Security Bureau", 2L), f.byAgency());
        // Xiamen's and Sanming's figures both count for Fujian; "across the country" is no place entity
        assertEquals(List.of(Map.entry("Fujian", 4L), Map.entry("Guangdong", 2L), Map.entry("Guangzhou", 2L),
                Map.entry("Sanming", 2L), Map.entry("Xiamen", 2L)), List.copyOf(f.byPlace().entrySet()));
        assertEquals(List.of(Map.entry("arrest", 4L), Map.entry("seize", 4L), Map.entry("eliminate", 2L)),
                List.copyOf(f.byPredicate().entrySet()));
        assertEquals(List.of(Map.entry("2020", 3L), Map.entry("2021", 2L), Map.entry("2019", 1L)),
                List.copyOf(f.byYear().entrySet()));

        Facets arrests = index.search(SearchRequest.of("predicate:arrest", 1).withFacets(true)).facets();
        assertEquals(Map.of("Fujian", 2L, "Xiamen", 2L), arrests.byPlace());
        assertEquals(Facets.NONE, index.search(SearchRequest.of("predicate:arrest", 1)).facets());
    }

    @Test
    void statsCountEveryFigureByTheSameFacets() throws Exception {
        IndexStats stats = index.stats();
        assertEquals(2, stats.articles());
        assertEquals(14, stats.figures());
        assertEquals(20, stats.entities());
        assertEquals(index.search(SearchRequest.of("type:figure", 1).withFacets(true)).facets(), stats.figuresBy());
    }

    @Test
    void hitsShowPlaceChainsAgencyPeriodAndTheHighlightedSentence() throws Exception {
        List<Hit> hits = index.search(SearchRequest.of(">1 billion yuan drugs", 1)).hits();
        Hit f5 = hits.get(0);
        assertEquals("f5", f5.id());
        assertEquals(new BigDecimal("1500000000"), f5.value());
        assertEquals("CNY", f5.unit());
        assertEquals("Sanming, Fujian", f5.place());
        assertEquals("seize", f5.lemma());
        assertEquals("Police in Sanming City seized «drugs» worth 1.5 billion yuan.", f5.highlighted());

        // found by its value alone: the figure's own text is the match
        assertEquals("Police in Sanming City seized drugs worth «1.5 billion yuan».",
                index.search(SearchRequest.of(">1 billion yuan", 1)).hits().get(0).highlighted());
        assertEquals("Police in Sanming City seized drugs worth «1.5 billion yuan».",
                index.search(SearchRequest.of("kind:money", 1).withFilters(null, 1e9, null)).hits().get(0).highlighted());
        // found by a filter that is no value: nothing to mark
        assertEquals("Police in Sanming City seized drugs worth 1.5 billion yuan.",
                index.search(SearchRequest.of("kind:money", 1)).hits().get(0).highlighted());

        Hit f3 = index.search(SearchRequest.of("gangs", 1)).hits().get(0);
        assertEquals("Criminal Investigation Bureau of the Ministry of Public Security", f3.agency());
        Hit f1 = index.search(SearchRequest.of("value:373000", 1)).hits().get(0);
        assertEquals("2020-01/2020-09", f1.period());
        assertEquals("across the country", f1.place());
    }

    @Test
    void hitJsonIsTheContractObjectOfTheFigureOrEntity() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode contract = json.readTree(ContractJson.toJsonLine(y2020));
        Hit f7 = index.search(SearchRequest.of("article:mps-2020 AND id:f7", 1)).hits().get(0);
        assertEquals(contract.get("figures").get(6), json.readTree(f7.json()));
        Hit e5 = index.search(SearchRequest.of("article:mps-2020 AND id:e5", 1)).hits().get(0);
        assertEquals(contract.get("entities").get(4), json.readTree(e5.json()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "value>                | 'value>' needs a number",
        "value>abc             | needs a number",
        ">                     | needs a number",
        "fraud >= cases        | needs a number",
        "foo:bar               | unknown field 'foo'",
        "kind:banana           | kind 'banana' is none of",
        "type:article          | neither figure nor entity",
        "period:2020-13        | not a real date",
        "period:last           | is not a date",
        "date:2020*            | takes a number or a range",
        ">$5 yuan              | cannot be both USD and CNY",
        "value:[1 TO 2 TO 3]   | value:[LOW TO HIGH]",
        "value:[5 TO           | not closed",
    })
    void malformedQueriesSayWhyInOneLine(String query, String reason) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> keys(query));
        assertTrue(e.getMessage().startsWith("invalid query '" + query.strip() + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
