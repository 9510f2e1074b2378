package io.newsfacts.extractor.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time expressions and their ISO bounds, with the article's date known in full, in part or not at all. */
class TimeExpressionsTest {
    private static ArticleDate date(String iso) {
        if (iso.equals("none")) return ArticleDate.UNKNOWN;
        if (iso.startsWith("--")) {
            return new ArticleDate(null, Integer.parseInt(iso.substring(2, 4)), Integer.parseInt(iso.substring(5, 7)));
        }
        return new ArticleDate(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                Integer.parseInt(iso.substring(8, 10)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
        from January to September this year, cases rose | 2020-10-26 | from January to September this year | 2020-01    | 2020-09
        In 2005 it will rise toward 13,000              | none       | In 2005                             | 2005       | 2005
        In July this year he was jailed                 | 2004-12-01 | In July this year                   | 2004-07    | 2004-07
        Since 2007 the program has grown                | 2011-03-03 | Since 2007                          | 2007       | 2011
        the record has stood since 1948                 | none       | since 1948                          | 1948       | XXXX
        it has dropped to 56 percent today              | 2011-03-03 | today                               | 2011-03-03 | 2011-03-03
        it has dropped to 56 percent today              | --03-03    | today                               | --03-03    | --03-03
        the first half of 2020 was hard                 | none       | the first half of 2020              | 2020-01    | 2020-06
        """)
    void expressionAndBounds(String text, String articleDate, String expected, String from, String to) {
        List<TimeExpression> ts = TimeExpressions.find(text, 0, text.length(), date(articleDate));
        assertEquals(1, ts.size(), ts.toString());
        assertEquals(expected, ts.get(0).span().text());
        assertEquals(from, ts.get(0).from());
        assertEquals(to, ts.get(0).to());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        the world today is different
        """)
    void todayNeedsSomeOfTheArticlesDate(String text) {
        assertTrue(TimeExpressions.find(text, 0, text.length(), ArticleDate.UNKNOWN).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aTimeStampInTheLeadDatesTheArticle() {
        String text = "Xinjiang Ploughs in Sunflower Fields\n2020-07-26 15:43:42 Source: Chinanews.com\nCNS from Hami, "
                + "July 26 In the first half of this year, output rose.";
        assertEquals(new ArticleDate(2020, 7, 26), ArticleDate.resolve(null, null, null, null, text));
        assertEquals(new ArticleDate(2020, 7, 26), ArticleDate.resolve(null, null, 7, 26, text));
        assertEquals(new ArticleDate(null, 8, 1), ArticleDate.resolve(null, null, 8, 1, text), "another day's stamp");
        assertEquals(ArticleDate.UNKNOWN, ArticleDate.resolve(null, null, null, null, "Code 2020-13-40 is no date."));
    }
}
