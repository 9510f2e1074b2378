package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Figure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number forms through the whole extractor: the figure's text, kind, value and unit. */
class NumberFormsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Police seized 1,234,567 cigarettes last week.            | 1,234,567            | COUNT    | 1234567      |
        The average rose to 3.5 points.                          | 3.5                  | COUNT    | 3.5          |
        Officers arrested twenty-five suspects.                  | twenty-five          | COUNT    | 25           |
        Police Arrest 12 Suspects In Dawn Raid                   | 12                   | COUNT    | 12           |
        Police Arrest 5 Suspects In Dawn Raid                    | 5                    | COUNT    | 5            |
        The court heard two hundred and fifty witnesses.         | two hundred and fifty | COUNT   | 250          |
        They found a dozen boats.                                | a dozen              | COUNT    | 12           |
        The city has 1.2 million residents.                      | 1.2 million          | COUNT    | 1200000      |
        The firm lost $20m in the deal.                          | $20m                 | MONEY    | 20000000     | USD
        Last year it made profits of £21.5m on its turnover.     | £21.5m               | MONEY    | 21500000     | GBP
        Profits rose to A$67.7m for 2004.                        | A$67.7m              | MONEY    | 67700000     | AUD
        In 2003, Britons spent £1,152m on games.                 | £1,152m              | MONEY    | 1152000000   | GBP
        Illva will pay 481.42m yuan for the stake.               | 481.42m yuan         | MONEY    | 481420000    | CNY
        The show drew an average of 10.9m viewers.               | 10.9m                | COUNT    | 10900000     |
        The firm has 2.5k staff.                                 | 2.5k                 | COUNT    | 2500         |
        The fund holds RMB 800 million in assets.                | RMB 800 million      | MONEY    | 800000000    | CNY
        Investors put in 5bn euros.                              | 5bn euros            | MONEY    | 5000000000   | EUR
        Sales grew 4 per cent in March.                          | 4 per cent           | PERCENT  | 4            | %
        Prices rose 4 percent.                                   | 4 percent            | PERCENT  | 4            | %
        The rate rose by 2.5 percentage points.                  | 2.5 percentage points | PERCENT | 2.5          | pp
        Customs seized 3 tonnes of cocaine.                      | 3 tonnes             | QUANTITY | 3            | tonne
        The fire burned 500 hectares of forest.                  | 500 hectares         | QUANTITY | 500          | hectare
        He was sentenced to 10 years in prison.                  | 10 years             | DURATION | 10           | year
        Tickets cost 10-20 yuan each.                            | 10-20 yuan           | MONEY    | 10           | CNY
        The drive cost them 35 lakh rupees.                      | 35 lakh rupees       | MONEY    | 3500000      | INR
        The budget is Rs 4 crore this year.                      | Rs 4 crore           | MONEY    | 40000000     | INR
        The house sold for 12,34,567.89 rupees.                  | 12,34,567.89 rupees  | MONEY    | 1234567.89   | INR
        The port handled 1,00,000 containers.                    | 1,00,000             | COUNT    | 100000       |
        A ticket costs 100元 at the gate.                         | 100元                | MONEY    | 100          | CNY
        The bike cost 250₾ last spring.                          | 250₾                 | MONEY    | 250          | GEL
        She paid 80 € for the room.                              | 80 €                 | MONEY    | 80           | EUR
        The shop asked 40 turkish lira for it.                   | 40 turkish lira      | MONEY    | 40           | TRY
        The firm borrowed C$ 3 million.                          | C$ 3 million         | MONEY    | 3000000      | CAD
        The deal was worth HK$ 2.5 billion.                      | HK$ 2.5 billion      | MONEY    | 2500000000   | HKD
        The contract was priced at Mex$ 8 million.               | Mex$ 8 million       | MONEY    | 8000000      | MXN
        Losses reached 45 MUSD last year.                        | 45 MUSD              | MONEY    | 45000000     | USD
        The fee is USD250 per person.                            | USD250               | MONEY    | 250          | USD
        The fee was 48 PEN at the border.                        | 48 PEN               | MONEY    | 48           | PEN
        The FAA rushed to check 2000 Boeing airliners.           | 2000                 | COUNT    | 2000         |
        One in every five homes flooded.                         | One in every five    | PERCENT  | 20           | %
        PCs are expected to double by 2010 to 1.3 billion.       | 1.3 billion          | COUNT    | 1300000000   |
        A loaf costs 3 dollars and 20 cents.                     | 3 dollars and 20 cents | MONEY  | 3.2          | USD
        It only cost eight dollars fifteen cents.                | eight dollars fifteen cents | MONEY | 8.15      | USD
        The stamp costs 85 pence.                                | 85 pence             | MONEY    | 85           |
        The bid valued the shares at 900 million francs.         | 900 million francs   | MONEY    | 900000000    |
        They paid 20,000 swiss francs.                           | 20,000 swiss francs  | MONEY    | 20000        | CHF
        A quarter million dollars went missing.                  | A quarter million dollars | MONEY | 250000      | USD
        Officials counted three hundred and twelve boats.        | three hundred and twelve | COUNT | 312          |
        The town has 3 hundred and 21 houses.                    | 3 hundred and 21     | COUNT    | 321          |
        The fund grew to five and a half million.                | five and a half million | COUNT | 5500000      |
        Half a million people marched.                           | Half a million       | COUNT    | 500000       |
        The survey covered one million and a half homes.         | one million and a half | COUNT  | 1500000      |
        The value is two and three quarters.                     | two and three quarters | COUNT  | 2.75         |
        About two thirds of a million visitors came.             | two thirds of a million | COUNT | 666666.6666666667 |
        The index was 1.5 trillion at the close.                 | 1.5 trillion         | COUNT    | 1500000000000 |
        The temperature fell to minus 12 at night.               | minus 12             | COUNT    | -12          |
        The reading was -4.5 on the scale.                       | -4.5                 | COUNT    | -4.5         |
        The rate was 3.2x10^-3 in the sample.                    | 3.2x10^-3            | COUNT    | 0.0032       |
        The board owns 3/4 of the shares.                        | 3/4                  | PERCENT  | 75           | %
        One in five adults smokes.                               | One in five          | PERCENT  | 20           | %
        Nearly a third of the species live here.                 | a third              | PERCENT  | 33.33333333333333 | %
        The rope is 2 1/2 metres long.                           | 2 1/2 metres         | QUANTITY | 2.5          | metre
        The share price is up 5 % today.                         | 5 %                  | PERCENT  | 5            | %
        The six-day festival ends today.                         | six-day              | DURATION | 6            | day
        They built a 300-metre wall.                             | 300-metre            | QUANTITY | 300          | metre
        The farm covers a 20,000-mu field.                       | 20,000-mu            | QUANTITY | 20000        | mu
        She is a four-time champion.                             | four                 | COUNT    | 4            |
        The peak was 39 ℃ on Monday.                             | 39 ℃                 | QUANTITY | 39           | °C
        The low was 12 degrees Celsius.                          | 12 degrees Celsius   | QUANTITY | 12           | °C
        Drink 2 litres of water a day.                           | 2 litres             | QUANTITY | 2            | litre
        He was tested twice last week.                           | twice                | COUNT    | 2            |
        Prices doubled over the past decade.                     | the past decade      | DURATION | 10           | year
        The next fortnight will be decisive.                     | The next fortnight   | DURATION | 2            | week
        He sold the bike for 50 bucks.                           | 50 bucks             | MONEY    | 50           | USD
        The fine was 30 quid.                                    | 30 quid              | MONEY    | 30           | GBP
        She won 5 grand in the draw.                             | 5 grand              | MONEY    | 5000         |
        Inflation reached 2.4 pc in May.                         | 2.4 pc               | PERCENT  | 2.4          | %
        The city has 2 million 300 thousand residents.           | 2 million 300 thousand | COUNT  | 2300000      |
        Rates rose by a quarter of a percentage point.           | a quarter of a percentage point | PERCENT | 0.25 | pp
        He ran a quarter of a mile.                              | a quarter of a mile  | QUANTITY | 0.25         | mile
        She won the heat in 21.7 secs.                           | 21.7 secs            | DURATION | 21.7         | second
        The crowd was two point five million strong.             | two point five million | COUNT  | 2500000      |
        The stamp costs 50 euro cents.                           | 50 euro cents        | MONEY    | 50           |
        Shares closed at 12.5p each.                             | 12.5p                | MONEY    | 12.5         |
        Add one third of a cup of milk.                          | one third            | COUNT    | 0.3333333333333333 |
        The valley had 1\u202f234\u202f567 visitors.                       | 1\u202f234\u202f567            | COUNT    | 1234567      |
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
        The meeting starts at 16: 00 on Friday.
        The tally covers the hours from 0:00 to 24 on July 25.
        The 2019-2020 season was cut short.
        The Boeing 737 Max was grounded again.
        Inspectors checked the 737NG and the 737 Classic fleets.
        A 22-year-old man was questioned.
        The two sides agreed to meet again.
        She called at 9 a.m. on Monday.
        The score was 3-2 at the break.
        Formula One returns next week.
        He tested positive on 6, and again on 14 and 21.
        The police caught them in one fell swoop.
        The new model ships with 5G support.
        The firm restated its 2000 and 2003 results.
        It hopes 2005 sales will rise.
        He was the hero in one film and a villain in a third.
        The park reopened on 24 as an isolation facility.
        He was tested with his staff on 24 due to contact with a patient.
        They kept the spirit of “two bombs and one star” alive.
        They kept the spirit of "two bombs and one star," and of space.
        Villages promote systems such as “three sessions, one lesson” now.
        She walked through the door of 10 Downing Street.
        Few children over the age of 10 take the exam.
        Her first novel was Runaway Zero-Eight.
        Microsoft posted "The Internet Explorer 6 Countdown" on its site.
        The lift carries visitors to the top of the TFC 101 Tower in Taipei.
        "With PS3 and Xbox 2, we can go further," he said.
        He won the 100m hurdles and the 200m events in Athens.
        She set a championship record of 4.25m in the pole vault.
        She dropped out of the marathon and then the 10,000m.
        Pupils between the ages of 16 and 18 sit the exam.
        Scorers: Thompson 48 pen.
        Police guarded the 2019 Hong Kong protests.
        The victims, ages 50 and 66, were found at home.
        The 32 year-old Zhang Ruoyun starred in the film.
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
        It drew 200 or more visitors.                | or more   | 200
        There were 100 or so protesters.             | or so     | 100
        Customs seized 5 tonnes or more of ivory.    | or more   | 5
        A total of 8,000-odd people were evacuated.  | odd       | 8000
        The 100-plus guests left early.              | plus      | 100
        The seats will add up to 3,500 in all.       |           | 3500
        """)
    void qualifier(String sentence, String qualifier, String value) {
        Figure f = TestModels.extract(sentence).figures().get(0);
        assertEquals(qualifier, f.qualifier());
        assertEquals(0, new BigDecimal(value).compareTo(f.value()));
    }

    /**
     * A range is one figure: its text runs from the first number (with its currency sign) to the unit of the second
     * end ("between" stays outside, like a qualifier), its value is the first end, kind and unit are those of the end
     * that carries the unit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Between 10 and 20 people were hurt.              | 10 and 20                 | COUNT    |            | 10       | 20
        Prices rose between 10 and 20 percent.           | 10 and 20 percent         | PERCENT  | %          | 10       | 20
        A kilo sells for 10-20 yuan in Beijing.          | 10-20 yuan                | MONEY    | CNY        | 10       | 20
        Fees range from 3 to 5 percent.                  | 3 to 5 percent            | PERCENT  | %          | 3        | 5
        Sales will rise by 10 to 15% next year.          | 10 to 15%                 | PERCENT  | %          | 10       | 15
        The index jumped 20 to 30 units.                 | 20 to 30                  | COUNT    |            | 20       | 30
        Its output grew 2 to 3 million tonnes.           | 2 to 3 million tonnes     | QUANTITY | tonne      | 2000000  | 3000000
        Tickets cost $10 to $20 each.                    | $10 to $20                | MONEY    | USD        | 10       | 20
        Rain could reach 6 to 12 inches overnight.       | 6 to 12 inches            | QUANTITY | inch       | 6        | 12
        In China 1-2 million people moved.               | 1-2 million               | COUNT    |            | 1000000  | 2000000
        Each mouthful should be 150-200ml of water.      | 150-200ml                 | QUANTITY | millilitre | 150      | 200
        The loan was $10 million to $15 million.         | $10 million to $15 million | MONEY   | USD        | 10000000 | 15000000
        The fund raised 10 to 20 million euros.          | 10 to 20 million euros    | MONEY    | EUR        | 10000000 | 20000000
        Calves are a fifth to a quarter of the herd.     | a fifth to a quarter      | PERCENT  | %          | 20       | 25
        Between a third and a half of voters left.       | a third and a half        | PERCENT  | %          | 33.33333333333333 | 50
        One third to one half of the crop was lost.      | One third to one half     | PERCENT  | %          | 33.33333333333333 | 50
        Calves are a quarter to a fifth of the herd.     | a quarter to a fifth      | PERCENT  | %          | 20       | 25
        """)
    void rangeIsOneFigure(String sentence, String text, String kind, String unit, String from, String to) {
        Article a = TestModels.extract(sentence);
        List<Figure> fs = a.figures();
        assertEquals(1, fs.size(), fs.toString());
        Figure f = fs.get(0);
        assertEquals(text, f.text());
        assertEquals(text, sentence.substring(f.start(), f.end()));
        assertEquals(kind, f.kind().name());
        assertEquals(unit, f.unit());
        assertNotNull(f.range(), f.text());
        assertEquals(0, new BigDecimal(from).compareTo(f.value()), f.text());
        assertEquals(0, new BigDecimal(from).compareTo(f.range().from()), f.text());
        assertEquals(0, new BigDecimal(to).compareTo(f.range().to()), f.text());
        assertNull(f.qualifier());
        assertFalse(f.approximate());
        assertTrue(a.warnings().isEmpty(), a.warnings().toString());
    }

    /** A range keeps the relations its ends had: what it counts, the verb and a qualifier before it. */
    @Test
    void rangeKeepsItsRelations() {
        Figure f = TestModels.extract("Police arrested more than 10 to 20 suspects in the raid.").figures().get(0);
        assertEquals("10 to 20", f.text());
        assertEquals("more than", f.qualifier());
        assertEquals("suspects", f.counted().text());
        assertEquals("arrest", f.predicate().lemma());
    }

    /**
     * "from A to B" after a word of change is the value before and after, "rose A to B" the change and the level
     * reached: two figures sharing the unit, no range.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The seats increased from 9 to 10.                  | 9=9 COUNT null, 10=10 COUNT null
        Turnout rose sharply from 3 to 5 percent.          | 3=3 PERCENT %, 5 percent=5 PERCENT %
        Fares went up from $10 to $12.                     | $10=10 MONEY USD, $12=12 MONEY USD
        Qantas increased the number of its staff in London from 370 to 870. | 370=370 COUNT null, 870=870 COUNT null
        US light crude rose $1.64 to $47.10.               | $1.64=1.64 MONEY USD, $47.10=47.1 MONEY USD
        Unemployment edged up 0.1% to 4.7% in May.         | 0.1%=0.1 PERCENT %, 4.7%=4.7 PERCENT %
        The claimant total fell 11,000 to 813,200.         | 11,000=11000 COUNT null, 813,200=813200 COUNT null
        Employment increased by 296,000 to 28.52 million.  | 296,000=296000 COUNT null, 28.52 million=28520000 COUNT null
        """)
    void changeIsTwoFiguresWithoutRange(String sentence, String expected) {
        List<Figure> fs = TestModels.extract(sentence).figures();
        assertEquals(expected, String.join(", ", fs.stream().map(f -> f.text() + "="
                + f.value().stripTrailingZeros().toPlainString() + " " + f.kind() + " " + f.unit()).toList()));
        for (Figure f : fs) assertNull(f.range(), f.text());
    }

    /** Ends in different units are two figures, not one range. */
    @Test
    void endsInDifferentUnitsAreNoRange() {
        List<Figure> fs = TestModels.extract("The wait grew from 5 minutes to 10 hours.").figures();
        assertEquals(List.of("5 minutes", "10 hours"), fs.stream().map(Figure::text).toList());
        for (Figure f : fs) assertNull(f.range(), f.text());
    }

    /** A vague amount is a figure without a value, marked approximate, with a VAGUE_AMOUNT warning. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Thousands of villagers were moved.                   | Thousands                    | COUNT    |
        Tens of thousands of dollars were raised.            | Tens of thousands of dollars | MONEY    | USD
        The audience of hundreds cheered.                    | hundreds                     | COUNT    |
        Several hundred people gathered.                     | Several hundred              | COUNT    |
        """)
    void vagueAmountHasNoValue(String sentence, String text, String kind, String unit) {
        Article a = TestModels.extract(sentence);
        assertEquals(1, a.figures().size(), a.figures().toString());
        Figure f = a.figures().get(0);
        assertEquals(text, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(unit, f.unit());
        assertNull(f.value());
        assertTrue(f.approximate());
        assertEquals(1, a.warnings().size());
        assertEquals("VAGUE_AMOUNT", a.warnings().get(0).code());
        assertEquals(f.span(), a.warnings().get(0).span());
    }

    /** "two or three": one approximate figure valued at its first number, with the pair as its range. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Two or three boats sank.                    | Two or three               | COUNT    |            | 2   | 3
        The road cracked four or five centimetres.  | four or five centimetres   | QUANTITY | centimetre | 4   | 5
        They walked five or six hundred metres.     | five or six hundred metres | QUANTITY | metre      | 500 | 600
        """)
    void neighbouringNumbersJoinedByOrAreOneApproximateFigure(String sentence, String text, String kind, String unit,
            String from, String to) {
        Article a = TestModels.extract(sentence);
        assertEquals(1, a.figures().size(), a.figures().toString());
        Figure f = a.figures().get(0);
        assertEquals(text, f.text());
        assertEquals(kind, f.kind().name());
        assertEquals(unit, f.unit());
        assertTrue(f.approximate());
        assertEquals(0, new BigDecimal(from).compareTo(f.value()));
        assertEquals(0, new BigDecimal(from).compareTo(f.range().from()));
        assertEquals(0, new BigDecimal(to).compareTo(f.range().to()));
        assertTrue(a.warnings().isEmpty(), a.warnings().toString());
    }

    /** The figures of a sentence, in order, as "text=value". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The farm covers 6,000 mu (400 hectares) of land.              | 6,000 mu=6000
        They stored 1,000 jin (500 kg) of grain.                       | 1,000 jin=1000
        The budget rises to EUR 4 billion (USD 4.5 billion) in 2025.   | EUR 4 billion=4000000000, USD 4.5 billion=4500000000
        The city reported one new case and four new infections.      | one=1, four=4
        Of the 3 patients, one died and two recovered.                | 3=3, one=1, two=2
        The first phase took effect one month after it was signed.   | one month=1
        It is 4000 3 hundred and 21 in two lists.                     | 4000=4000, 3 hundred and 21=321, two=2
        Between 2,000 and 2,500 workers joined in 2019.              | 2,000 and 2,500=2000
        An increase of 2019 new confirmed cases was reported.        | 2019=2019
        The jets were bought in 2019 for $5 million each.            | $5 million=5000000
        Profits were lower than in the preceding three quarters.     | three quarters=3
        Nearly three quarters of the staff left.                      | three quarters=75
        Tunisia lost 1 - 2 to England after Sweden won 1-0.          | ''
        In China 1-2 million people moved.                           | 1-2 million=1000000
        They were playing three-nought-four.                         | three=3, nought=0, four=4
        “Two people died,” he said.                                  | Two=2
        “Two of them held me,” he said, “and two others ran.”         | Two=2, two=2
        Police focused on 24 suspects.                                | 24=24
        Only 0 billion yuan was left.                                 | 0 billion yuan=0
        Sales fell from 36,185 in 2003 to 28,041 last year.          | 36,185=36185, 28,041=28041
        """)
    void figuresOfASentence(String sentence, String expected) {
        Article a = TestModels.extract(sentence);
        String got = String.join(", ", a.figures().stream()
                .map(f -> f.text() + "=" + (f.value() == null ? "null" : f.value().stripTrailingZeros().toPlainString()))
                .toList());
        assertEquals(expected, got);
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
