package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number forms through the whole extractor: the figure's text, kind, value and unit. */
class NumberFormsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Police seized 1,234,567 cigarettes last week.            | 1,234,567            | COUNT    | 1234567      |
        The average rose to 3.5 points.                          | 3.5                  | COUNT    | 3.5          |
        Officers arrested twenty-five suspects.                  | twenty-five          | COUNT    | 25           |
        The court heard two hundred and fifty witnesses.         | two hundred and fifty | COUNT   | 250          |
        They found a dozen boats.                                | a dozen              | COUNT    | 12           |
        The city has 1.2 million residents.                      | 1.2 million          | COUNT    | 1200000      |
        The firm lost $20m in the deal.                          | $20m                 | MONEY    | 20000000     | USD
        The fund holds RMB 800 million in assets.                | RMB 800 million      | MONEY    | 800000000    | CNY
        Investors put in 5bn euros.                              | 5bn euros            | MONEY    | 5000000000   | EUR
        Sales grew 4 per cent in March.                          | 4 per cent           | PERCENT  | 4            | %
        Prices rose 4 percent.                                   | 4 percent            | PERCENT  | 4            | %
        The rate rose by 2.5 percentage points.                  | 2.5 percentage points | PERCENT | 2.5          | pp
        Customs seized 3 tonnes of cocaine.                      | 3 tonnes             | QUANTITY | 3            | ton
        The fire burned 500 hectares of forest.                  | 500 hectares         | QUANTITY | 500          | hectare
        He was sentenced to 10 years in prison.                  | 10 years             | DURATION | 10           | year
        Tickets cost 10-20 yuan each.                            | 10-20 yuan           | MONEY    | 10           | CNY
        """)
    void numberForm(String sentence, String text, String kind, String value, String unit) {
        Article a = TestModels.extract(sentence);
        Figure f = a.figures().stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertNotNull(f, "no figure '" + text + "' in " + a.figures().stream().map(Figure::text).toList());
        assertEquals(kind, f.kind().name());
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), "value of " + text);
        if (unit != null) assertEquals(unit, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The meeting was held on the 26th.
        On May 21 this year the ministry acted.
        The law was passed in 2019 after a long debate.
        The train leaves at 10:30 every day.
        He cited Article 3 of the law.
        They followed the rule of one gang, one special team, one case, one chain.
        """)
    void notAFigure(String sentence) {
        Article a = TestModels.extract(sentence);
        assertTrue(a.figures().isEmpty(), "unexpected " + a.figures().stream().map(Figure::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Police arrested more than 300 people.        | more than | 300
        Nearly 40 boats were seized.                 | nearly    | 40
        The bill costs at least 5 million dollars.   | at least  | 5000000
        """)
    void qualifier(String sentence, String qualifier, String value) {
        Figure f = TestModels.extract(sentence).figures().get(0);
        assertEquals(qualifier, f.qualifier());
        assertEquals(0, new BigDecimal(value).compareTo(f.value()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Between 10 and 20 people were hurt.        | 10 | 20
        Growth slowed from 3 to 5 percent.         | 3  | 5
        """)
    void rangeIsOneFigure(String sentence, String from, String to) {
        List<Figure> fs = TestModels.extract(sentence).figures();
        assertEquals(1, fs.size(), fs.toString());
        assertNotNull(fs.get(0).range());
        assertEquals(0, new BigDecimal(from).compareTo(fs.get(0).range().from()));
        assertEquals(0, new BigDecimal(to).compareTo(fs.get(0).range().to()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The count was 3,2016 in total.
        Officers found 12,34 boxes.
        """)
    void brokenDigitGroupsHaveNoValue(String sentence) {
        Article a = TestModels.extract(sentence);
        assertEquals(1, a.figures().size());
        assertNull(a.figures().get(0).value());
        assertEquals(1, a.warnings().size());
    }
}
