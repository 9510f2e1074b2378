package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expensive queries are refused before they run: patterns and term ranges that expand to too many terms. */
class QueryCostTest {
    @TempDir
    Path dir;

    private FactIndex index;

    /** 2,000 sentences "Officers seized N parcels." for N = 0..1999: 2,000 distinct number terms. */
    @BeforeEach
    void fill() throws Exception {
        index = FactIndex.open(new IndexConfig(dir));
        index.put(TestArticles.parcels("many", IntStream.range(0, 2_000).toArray()));
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sentence:[0 TO 9]", "sentence:1*", "parcels AND text:1*", "sentence:/[0-9]+/"})
    void aPatternOrRangeOfMoreThanTheBoundIsRefused(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of(query, 10)));
        assertTrue(e.getMessage().endsWith("expands to more than " + QueryCost.MAX_EXPANSION
                + " terms; make it narrower"), e.getMessage());
    }

    @Test
    void aNarrowPatternRuns() throws Exception {
        // 19, 190..199, 1900..1999: 111 terms
        assertEquals(111, index.search(SearchRequest.of("sentence:19*", 200)).total());
    }

    @Test
    void leadingWildcardsAreRefusedByTheParser() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of("*99", 10)));
        assertTrue(e.getMessage().contains("'*' or '?' not allowed as first character"), e.getMessage());
    }
}
