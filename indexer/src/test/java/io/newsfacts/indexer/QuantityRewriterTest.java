package io.newsfacts.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quantity half of the query language, without an index: what is rewritten and what is left alone. */
class QuantityRewriterTest {

    private static String rewritten(String q) throws ParseException {
        return QuantityRewriter.rewrite(q).query();
    }

    private static List<String> quantities(String q) throws ParseException {
        return QuantityRewriter.rewrite(q).quantities().stream().map(Query::toString).toList();
    }

    private static String range(double lo, double hi) {
        return DoublePoint.newRangeQuery(DocumentLayout.VALUE, lo, hi).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fraud >1 billion yuan               | fraud __q:0",
        "(>5 OR <1) AND fraud                | (__q:0 OR __q:1) AND fraud",
        "value:[1e9 TO *] suspects           | __q:0 suspects",
        "counted:fraud AND between 1 and 2   | counted:fraud AND __q:0",
        "\"more than 5 cases\" over 5        | \"more than 5 cases\" __q:0",
        "counted:\"over 5\"                  | counted:\"over 5\"",
        "over the border                     | over the border",
        "under review AND up to date         | under review AND up to date",
        "2020 suspects                       | 2020 suspects",
        "[5 TO 6]                            | [5 TO 6]",
        "value:1.5bn                         | __q:0",
        "/over 5/                            | /over 5/",
    })
    void rewritesQuantityExpressionsOnly(String query, String expected) throws ParseException {
        assertEquals(expected, rewritten(query));
    }

    @Test
    void comparisonsBuildTheirRangeAndUnitFilter() throws ParseException {
        assertEquals(List.of("#" + range(Math.nextUp(1e9), Double.POSITIVE_INFINITY) + " #unit:cny"),
                quantities(">1 billion yuan"));
        assertEquals(List.of(range(10_000, Double.POSITIVE_INFINITY)), quantities("at least 10,000"));
        assertEquals(List.of(range(Double.NEGATIVE_INFINITY, Math.nextDown(5e6)) + ""), quantities("value<5m"));
        assertEquals(List.of(range(Double.NEGATIVE_INFINITY, 20)), quantities("up to 20"));
        assertEquals(List.of("#" + range(10, 20) + " #unit:%"), quantities("between 20 and 10 percent"));
        assertEquals(List.of("#" + range(Math.nextUp(2e6), Double.POSITIVE_INFINITY) + " #unit:usd"),
                quantities("more than $2 million"));
        assertEquals(List.of("#" + range(5, 5) + " #unit:pp"), quantities("=5 percentage points"));
        assertEquals(List.of(range(Math.nextUp(1_000d), 2e9)), quantities("value:{1k TO 2 billion]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10,000| 10000", "1e9| 1000000000", "1.5bn| 1500000000", "10k| 10000",
        "2m| 2000000", ".5| 0.5", "-5| -5", "3.25| 3.25", "1E3| 1000", "1,234,567.5| 1234567.5"})
    void numbersReadDigitGroupsExponentsAndScaleSuffixes(String word, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(QuantityWords.number(word)), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3,2016", "abc", "1,00", "e9", "5%", "1.2.3", "''", "12,34,567"})
    void nonNumbersAreNotNumbers(String word) {
        assertNull(QuantityWords.number(word), word);
    }

    @ParameterizedTest
    @CsvSource({"yuan, CNY", "RMB, CNY", "percent, %", "Per Cent, %", "tonnes, ton", "CNY, CNY", "$, USD",
        "kg, kilogram", "percentage points, pp", "parsecs, parsecs"})
    void unitWordsBecomeTheExtractorsCodes(String word, String code) {
        assertEquals(code, QuantityWords.unitCode(word));
    }

    /** Queries of words, operators, fields, phrases and brackets with no number never change. */
    @Test
    void queriesWithoutNumbersPassThroughUnchanged() throws ParseException {
        long seed = System.nanoTime();
        System.out.println("queriesWithoutNumbersPassThroughUnchanged seed=" + seed);
        Random random = new Random(seed);
        String[] pieces = {"fraud", "over", "under", "more", "than", "between", "and", "AND", "OR", "NOT", "(", ")",
            "\"over the top\"", "counted:cases", "value", "at", "least", "up", "to", "yuan", "percent", "[a TO b]",
            "agency:\"x y\"", "kind:MONEY", "-fraud", "+police", "place:Fujian", "suspect*", "$", "%"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                q.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "  ");
            }
            String query = q.toString();
            assertEquals(query, rewritten(query), "seed=" + seed);
        }
    }
}
