package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Relations of figures in sentences written for this test: counted, predicate, period, change, of, partOf, agency. */
class RelationsTest {
    private static Article extract(String text, String date) throws Exception {
        Extractor x = date == null ? TestModels.extractor() : Extractor.load(new ExtractorConfig(date));
        return x.extract(ArticleReader.decode("r", "r.txt", text.getBytes(StandardCharsets.UTF_8), false));
    }

    private static Figure figure(Article a, String text) {
        return a.figures().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + a.figures()));
    }

    @Test
    void activeObjectAndSubsetOfWhom() throws Exception {
        Article a = extract("Police seized four vessels and arrested 22 suspects, of whom 5 were women.", null);
        Figure four = figure(a, "four");
        assertEquals("vessels", four.counted().text());
        assertEquals("seize", four.predicate().lemma());
        Figure all = figure(a, "22");
        assertEquals("arrest", all.predicate().lemma());
        assertEquals(all.id(), figure(a, "5").partOf());
    }

    @Test
    void adverbsInsideTheCountedPhrase() throws Exception {
        Article a = extract("The city reported 25 newly confirmed cases, and pollution caused 46 percent of previously "
                + "heat-attributed damage. At least 11 businesses delivered double-digit growth.", null);
        assertEquals("newly confirmed cases", figure(a, "25").counted().text());
        assertEquals("report", figure(a, "25").predicate().lemma());
        assertEquals("previously heat-attributed damage", figure(a, "46 percent").counted().text());
        assertEquals("businesses", figure(a, "11").counted().text());
    }

    @Test
    void aCoordinatedNounWithAFigureOfItsOwnIsNotCounted() throws Exception {
        Article a = extract("The election saw a record turnout of around 2 million voters and turnout rate of 58%, while 300 doctors and "
                + "nurses joined.", null);
        assertEquals("voters", figure(a, "2 million").counted().text());
        assertEquals("doctors and nurses", figure(a, "300").counted().text());
    }

    @Test
    void theChangeVerbGovernsItsFiguresAlsoInACoordination() throws Exception {
        Article a = extract("Undernourishment would increase by either 49 percent or by 27 percent. Mr Brown would "
                + "have to raise taxes by £10bn if Labour was re-elected.", null);
        for (String text : new String[] {"49 percent", "27 percent"}) {
            Figure f = figure(a, text);
            assertEquals("Undernourishment", f.counted().text(), text);
            assertEquals("increase", f.predicate().lemma(), text);
            assertEquals("increase", f.change().direction(), text);
        }
        Figure taxes = figure(a, "£10bn");
        assertEquals("taxes", taxes.counted().text());
        assertEquals("raise", taxes.predicate().lemma());
    }

    @Test
    void partsNamedBeforeOfThem() throws Exception {
        Article a = extract("The army fired 36 shells after the enemy fired one shell. Six shells of them hit the "
                + "area. Police arrested 40 people, 12 of whom were women, and seized 8 cars, two of which were stolen.",
                null);
        assertEquals(figure(a, "36").id(), figure(a, "Six").partOf());
        assertEquals(figure(a, "40").id(), figure(a, "12").partOf());
        assertEquals(figure(a, "8").id(), figure(a, "two").partOf());
        assertNull(figure(a, "one").partOf());
    }

    @Test
    void aShareOfThese() throws Exception {
        Article a = extract("IE6 has 277 vulnerabilities; 39 percent of these are rated highly critical.", null);
        assertEquals(figure(a, "277").id(), figure(a, "39 percent").of());
    }

    @Test
    void thePeriodOfTheFiguresOwnClause() throws Exception {
        Article a = extract("IE had 70 percent of the market in 2009; this has dropped to about 56 percent today.",
                "2011-03-03");
        assertEquals("in 2009", figure(a, "70 percent").period().span().text());
        assertEquals("today", figure(a, "56 percent").period().span().text());
        assertEquals("2011-03-03", figure(a, "56 percent").period().from());
        Article b = extract("Figures published today show 45,756 migrants crossing the Channel last year.", "2023-02-23");
        assertEquals("last year", figure(b, "45,756").period().span().text());
        assertEquals("2022", figure(b, "45,756").period().from());
    }

    @Test
    void aTimeRightAfterAFigureIsItsOwnAndABaselineIsNoPeriod() throws Exception {
        Article a = extract("At the start of last year's CES, analysts predicted growth of 4% in 2004. The firm expects "
                + "profits to fall to £170m from £194m last year. Sales rose 12% compared to last year. Net income for "
                + "2004 was up nearly $3bn from 2003. Yields fell by 10% of 2000 levels by 2050.", null);
        assertEquals("in 2004", figure(a, "4%").period().span().text());
        assertEquals("last year", figure(a, "£194m").period().span().text());
        assertNull(figure(a, "£170m").period(), "the year of the baseline");
        assertNull(figure(a, "12%").period(), "the term of a comparison");
        assertEquals("for 2004", figure(a, "$3bn").period().span().text(), "a change from 2003");
        assertEquals("by 2050", figure(a, "10%").period().span().text());
        Article b = extract("In September the worm spread.\nNow there are more than 3,000 variations of it.", null);
        assertNull(figure(b, "3,000").period(), "the present takes no period from its paragraph");
    }

    @Test
    void aChangeCoordinatedByByAndCutsAreChangesOfNoDuration() throws Exception {
        Article a = extract("Steel prices rose by 8% globally in January alone and by 24% in China. The outline "
                + "proposes cuts of 9.6% at Agriculture. The number of people waiting more than 18 months has fallen "
                + "by 9.8%.", null);
        assertEquals("increase", figure(a, "24%").change().direction());
        assertEquals("decrease", figure(a, "9.6%").change().direction());
        assertEquals("decrease", figure(a, "9.8%").change().direction());
        assertNull(figure(a, "9.8%").of(), "a duration is not what changed");
    }

    @Test
    void aLevelReachedByAChangeMeasuresTheSubject() throws Exception {
        Article a = extract("Hence the pan-democrats' seats in the functional constituencies increased from 9 to 10. "
                + "New loans in November fell to 77,000. Exports rose 5% to £3bn. The number of people waiting more "
                + "than 18 months has fallen by 9.8%.", null);
        assertEquals("pan-democrats' seats", figure(a, "9").counted().text());
        assertEquals("pan-democrats' seats", figure(a, "10").counted().text());
        assertEquals("New loans", figure(a, "77,000").counted().text());
        assertEquals("Exports", figure(a, "£3bn").counted().text());
        assertEquals("increase", figure(a, "5%").change().direction());
        assertNull(figure(a, "£3bn").change(), "a level, not a change");
        assertNull(figure(a, "9.8%").counted(), "not the months of another figure");
    }

    @Test
    void whatAFigureWithNothingAfterItMeasures() throws Exception {
        Article a = extract("Maranhão and Minas Gerais both have more than 110,000 confirmed cases. The team sent a "
                + "batch of urgently needed necessities to the staff of the 12 isolation sites. The total number of "
                + "confirmed cases of COVID-19 in the world was 16,048,100. They cultivated a labor force of 61,000 "
                + "for villages. With the online concert viewers exceeding 30 million, the show ended.", null);
        assertEquals("confirmed cases", figure(a, "110,000").counted().text());
        assertEquals("have", figure(a, "110,000").predicate().lemma());
        assertEquals("send", figure(a, "12").predicate().lemma());
        assertEquals("total number of confirmed cases of COVID-19", figure(a, "16,048,100").counted().text());
        assertEquals("labor force", figure(a, "61,000").counted().text());
        assertEquals("online concert viewers", figure(a, "30 million").counted().text());
        Article b = extract("Since 2007 the program has seeded university art galleries with over 28,000 photographs.",
                null);
        assertEquals("seed", figure(b, "28,000").predicate().lemma());
    }

    @Test
    void theReportsDateAndAComparedYearAreNoPeriods() throws Exception {
        Article a = extract("On July 26th, 2020, this journalist learned from the ministry that recently, the company "
                + "delivered 1.35 million woven bags. The number has increased by nearly 2,000 in comparison with that "
                + "of last year. In the first half of the year, 20 companies raised 2.7 billion yuan, a rebound over "
                + "last year. The ministry announced an increase of 2019 new confirmed cases.", null);
        assertNull(figure(a, "1.35 million").period(), "learned on July 26th, happened recently");
        assertNull(figure(a, "2,000").period(), "compared with last year");
        assertEquals("the first half", figure(a, "2.7 billion yuan").period().span().text());
        assertNull(figure(a, "2019").period(), "a count, no year");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.DATE && e.text().contains("2019")));
    }

    @Test
    void aCurrencyAClockAndAnAirlineNameNoPlace() throws Exception {
        Article a = extract("The rate of the RMB against the US dollar rose 17%. Alaska Airlines said it will inspect 20 "
                + "aircraft. As of 21:00 Beijing Time, the world had 16 million cases. The yuan appreciated by 38%.",
                null);
        assertNull(figure(a, "17%").place());
        assertNull(figure(a, "20").place());
        assertNull(figure(a, "16 million").place());
        assertEquals("increase", figure(a, "38%").change().direction());
    }

    private static Entity byId(Article a, String id) {
        return a.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCompanyOrUniversityTheSentenceQuotesIsTheAgency() throws Exception {
        Article a = extract("According to data from Johns Hopkins University, the United States had 146,000 deaths. "
                + "Delta Airlines declared that it will inspect the 20 affected aircraft. Shares in Krispy Kreme sank "
                + "14.87%. SMFG shares climbed by 2.7% to 717,000, and Daiwa added 5.3% to 740 yen.", null);
        assertEquals("Johns Hopkins University", byId(a, figure(a, "146,000").agency()).text());
        assertEquals("Delta Airlines", byId(a, figure(a, "20").agency()).text());
        assertNull(figure(a, "14.87%").agency());
        assertNull(figure(a, "2.7%").agency(), "\"added 5.3%\" reports nothing");
    }

    @Test
    void partsOfACountNamedWithIt() throws Exception {
        Article a = extract("Some 134 million of the 700 million Yu'E Bao users are young. Among the 3 who previously "
                + "tested positive, one is deceased and two are still receiving treatment. The ministry delivered six "
                + "kinds of supplies, including 1.35 million woven bags.", null);
        assertEquals(figure(a, "700 million").id(), figure(a, "134 million").partOf());
        assertEquals(figure(a, "3").id(), figure(a, "one").partOf());
        assertEquals(figure(a, "3").id(), figure(a, "two").partOf());
        assertNull(figure(a, "1.35 million").partOf(), "more than the six kinds it is said to be part of");
        Article b = extract("They fired 36 shells. Six shells of them hit the area near posts 542 and 543 and other 15 "
                + "shells fell near posts 250 and 251.", null);
        assertEquals(figure(b, "36").id(), figure(b, "15").partOf());
    }

    @Test
    void anAgencyActingWithAnotherIsNotTheOneThatDidIt() throws Exception {
        Article a = extract("The Office of State Flood Control and Drought Relief Headquarters and the Ministry of "
                + "Emergency Management, together with the National Grain and Strategic Reserve Administration, made "
                + "an emergency delivery of 1.35 million woven bags. The Guangdong Coast Guard Bureau cooperated with "
                + "the Hong Kong Police Force and the Guangdong Provincial Public Security Department and seized 5 "
                + "vessels.", null);
        assertEquals("Ministry of Emergency Management", byId(a, figure(a, "1.35 million").agency()).text());
        assertEquals("Guangdong Coast Guard Bureau", byId(a, figure(a, "5").agency()).text());
    }

    @Test
    void existentialHasNoPredicate() throws Exception {
        Figure f = figure(extract("There were 931 recruiters in the network.", null), "931");
        assertEquals("recruiters", f.counted().text());
        assertNull(f.predicate());
    }

    @Test
    void changeFiguresWithTheirBasisAndDirection() throws Exception {
        Article a = extract("Exports fell 3 percent year-on-year in March, while imports rose by 2.5 percentage points.",
                null);
        Figure down = figure(a, "3 percent");
        assertEquals("decrease", down.change().direction());
        assertEquals("year-on-year", down.change().basis());
        assertEquals("XXXX-03", down.period().from(), "no year is known: it stays unknown");
        Figure up = figure(a, "2.5 percentage points");
        assertEquals("pp", up.unit());
        assertEquals("increase", up.change().direction());
        assertNull(up.change().basis(), "the other clause's basis is not this one's");
    }

    @Test
    void datelineDateIsNotThePeriodAndTheQuotedAgencyReports() throws Exception {
        Article a = extract("Beijing, March 3 (Xinhua) The city's output reached 1.2 trillion yuan in 2019, up 6.1 "
                + "percent from a year earlier, the Beijing Municipal Bureau of Statistics said.", null);
        assertEquals("--03-03", a.dateline().date());
        assertNull(a.byline(), "an agency credit is not a byline");
        Figure output = figure(a, "1.2 trillion yuan");
        assertEquals("2019", output.period().from());
        Figure growth = figure(a, "6.1 percent");
        assertEquals(output.id(), growth.of());
        assertEquals("year-on-year", growth.change().basis());
        Entity bureau = a.entities().stream().filter(e -> e.id().equals(output.agency())).findFirst().orElseThrow();
        assertEquals("Beijing Municipal Bureau of Statistics", bureau.text());
    }

    @Test
    void thisYearUsesTheGivenDate() throws Exception {
        Article a = extract("In the first half of this year, customs officers in Guangdong Province seized 3.5 tonnes"
                + " of drugs and detained more than 1,200 people.", "2020-07-15");
        Figure drugs = figure(a, "3.5 tonnes");
        assertEquals("drugs", drugs.counted().text());
        assertEquals("2020-01", drugs.period().from());
        assertEquals("2020-06", drugs.period().to());
        assertNotNull(drugs.place());
        Figure people = figure(a, "1,200");
        assertEquals("more than", people.qualifier());
        assertEquals("detain", people.predicate().lemma());
    }

    @Test
    void changeVerbGivesDirectionAndWhatChanged() throws Exception {
        Article a = extract("Rising demand would increase grain imports by 30 percent, while rice output would "
                + "decline by 12 percent.", null);
        Figure up = figure(a, "30 percent");
        assertEquals("increase", up.change().direction());
        assertEquals("grain imports", up.counted().text());
        assertEquals("increase", up.predicate().lemma());
        Figure down = figure(a, "12 percent");
        assertEquals("decrease", down.change().direction());
        assertEquals("rice output", down.counted().text());
    }

    @Test
    void rateMeasuredByAPercentage() throws Exception {
        Figure f = figure(extract("About 2 million people voted, a turnout rate of 58%.", null), "58%");
        assertEquals("turnout rate", f.counted().text());
    }

    @Test
    void rangeIsOneFigureInARespectivelyList() throws Exception {
        Article a = extract("Pork sold for 10-20 yuan a kilo and beef for 30 yuan, up 5 percent and 6 percent "
                + "year-on-year respectively.", null);
        Figure pork = figure(a, "10-20 yuan");
        Figure beef = figure(a, "30 yuan");
        assertEquals(4, a.figures().size(), a.figures().toString());
        assertEquals(pork.id(), figure(a, "5 percent").of());
        assertEquals(beef.id(), figure(a, "6 percent").of());
        assertEquals("year-on-year", figure(a, "5 percent").change().basis());
    }

    @Test
    void rangeCountsAndIsTheWholeOfASubset() throws Exception {
        Article a = extract("Police detained between 20 and 30 people, including 4 minors.", null);
        Figure range = figure(a, "20 and 30");
        assertEquals("people", range.counted().text());
        assertEquals("detain", range.predicate().lemma());
        assertEquals(range.id(), figure(a, "4").partOf());
    }

    @Test
    void subjectVerbAfterAPrepositionalPhrase() throws Exception {
        Figure f = figure(extract("More than 300 people in the province lost their homes in the flood.", null), "300");
        assertEquals("people", f.counted().text());
        assertEquals("lose", f.predicate().lemma());
    }
}
