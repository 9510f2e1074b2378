package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities in sentences written for this test: agencies and their parents, places and containment, persons. */
class EntitiesTest {
    private static Entity entity(Article a, String text, EntityType type) {
        return a.entities().stream().filter(e -> e.text().equals(text) && e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in "
                        + a.entities().stream().map(e -> e.type() + ":" + e.text()).toList()));
    }

    private static Entity byId(Article a, String id) {
        return a.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void agencyOfChainHasItsParent() {
        Article a = TestModels.extract("The Anti-Smuggling Bureau of the General Administration of Customs said on "
                + "Monday that it had seized 12 tonnes of frozen meat.");
        Entity bureau = entity(a, "Anti-Smuggling Bureau of the General Administration of Customs",
                EntityType.ORGANIZATION);
        assertEquals(EntitySubtype.AGENCY, bureau.subtype());
        assertNotNull(bureau.parent());
        assertEquals("General Administration of Customs", byId(a, bureau.parent()).canonical());
    }

    @Test
    void ellipticAgencyTakesTheProvinceOfTheStory() {
        Article a = TestModels.extract("Police in Wenzhou City, Zhejiang Province, broke up a fraud ring. The "
                + "Provincial Public Security Department said 40 people were detained.");
        Entity dept = entity(a, "Provincial Public Security Department", EntityType.ORGANIZATION);
        assertEquals("Zhejiang Provincial Public Security Department", dept.canonical());
        Entity city = entity(a, "Wenzhou City", EntityType.PLACE);
        assertEquals(EntitySubtype.CITY, city.subtype());
        assertEquals("Zhejiang Province", byId(a, city.within()).text());
        assertEquals(EntitySubtype.PROVINCE, entity(a, "Zhejiang Province", EntityType.PLACE).subtype());
    }

    @Test
    void acronymSharesTheFullNamesCanonical() {
        Article a = TestModels.extract("The National Bureau of Statistics released the data on Friday. The NBS "
                + "said prices rose 2 percent.");
        Entity nbs = entity(a, "NBS", EntityType.ORGANIZATION);
        assertEquals("National Bureau of Statistics", nbs.canonical());
    }

    @Test
    void personWithTitleAndTheAgencyTheySpeakFor() {
        Article a = TestModels.extract("Li Wenhua, spokesman of the Ministry of Commerce, told reporters that "
                + "exports grew. Li said the trend would continue.");
        Entity li = entity(a, "Li Wenhua", EntityType.PERSON);
        assertEquals("spokesman", li.title());
        assertEquals("Ministry of Commerce", byId(a, li.agency()).text());
        assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("Ministry of Commerce, told")));
    }

    @Test
    void countryModifierOpensTheAgencyAndIsAPlaceInsideIt() {
        Article a = TestModels.extract("The US State Department and the UK Government disagreed on Monday.");
        assertEquals(EntitySubtype.AGENCY, entity(a, "US State Department", EntityType.ORGANIZATION).subtype());
        assertEquals(EntitySubtype.AGENCY, entity(a, "UK Government", EntityType.ORGANIZATION).subtype());
        assertEquals(EntitySubtype.COUNTRY, entity(a, "US", EntityType.PLACE).subtype());
        assertEquals(EntitySubtype.COUNTRY, entity(a, "UK", EntityType.PLACE).subtype());
    }

    @Test
    void aPersonsSurnameIsThePersonLaterOnEvenWhereItNamesACity() {
        Article a = TestModels.extract("Scientology held woman aboard ship\n\nValeska Paris, a former Scientologist, "
                + "says she was held for twelve years. Paris was born in Switzerland. Paris also says her passport "
                + "was taken.");
        List<Entity> paris = a.entities().stream().filter(e -> e.text().equals("Paris")).toList();
        assertEquals(2, paris.size(), a.entities().toString());
        for (Entity e : paris) assertEquals(EntityType.PERSON, e.type(), e.toString());
    }

    @Test
    void aHeadlinePersonLendsNoSurname() {
        Article a = TestModels.extract("Blair and Blunkett Sheffield trip\n\nTony Blair joined David Blunkett on a "
                + "visit to Sheffield on Thursday.");
        assertEquals(EntityType.PLACE, entity(a, "Sheffield", EntityType.PLACE).type());
    }

    @Test
    void countriesAndHomeNationsInAMatchReportAreTeams() {
        Article a = TestModels.extract("Tunisia lost 1 - 2 to England in Volgograd. The striker scored a header "
                + "from a free-kick, and the referee gave a penalty before half-time. England travel to Wales next.");
        List<Entity> england = a.entities().stream().filter(e -> e.text().equals("England")).toList();
        assertEquals(2, england.size(), a.entities().toString());
        for (Entity e : england) assertEquals(EntityType.ORGANIZATION, e.type(), e.toString());
        assertEquals(EntityType.ORGANIZATION, entity(a, "Tunisia", EntityType.ORGANIZATION).type());
        entity(a, "Wales", EntityType.PLACE); // "travel to Wales": the place
        entity(TestModels.extract("Sweden top Group F after the first round."), "Group F", EntityType.ORGANIZATION);
    }

    @Test
    void aCentreIsABuildingUnlessItIsABody() {
        Article a = TestModels.extract("The shuttle flew from the Kennedy Space Center, according to the Pew Research "
                + "Center and the Australian Centre for Control of Iodine Deficiency Disorders.");
        entity(a, "Kennedy Space Center", EntityType.PLACE);
        entity(a, "Pew Research Center", EntityType.ORGANIZATION);
        entity(a, "Australian Centre for Control of Iodine Deficiency Disorders", EntityType.ORGANIZATION);
        Article b = TestModels.extract("Columbia landed at the Kennedy Space Center in Florida. At KSC, engineers "
                + "met senators from the US Senate.");
        entity(b, "KSC", EntityType.PLACE);
        entity(b, "US", EntityType.PLACE);
    }

    @Test
    void andInsideOneName() {
        Article a = TestModels.extract("Sina told the US Securities and Exchange Commission on Monday that Google and "
                + "Microsoft Corporation had made offers.");
        assertEquals(EntitySubtype.AGENCY,
                entity(a, "US Securities and Exchange Commission", EntityType.ORGANIZATION).subtype());
        entity(a, "Microsoft Corporation", EntityType.ORGANIZATION);
        assertTrue(a.entities().stream().noneMatch(e -> e.text().contains("Google and")));
    }

    @Test
    void aDateOrCodeAfterOnIsNoPartOfTheName() {
        Article a = TestModels.extract("Columbia returned to the Kennedy Space Center on April 14, and the "
                + "Supreme Court of Cassation on July 9 upheld the ruling of the Council on Foreign Relations.");
        entity(a, "Kennedy Space Center", EntityType.PLACE);
        entity(a, "Supreme Court of Cassation", EntityType.ORGANIZATION);
        entity(a, "Council on Foreign Relations", EntityType.ORGANIZATION);
    }

    @Test
    void numeralOrdinalStaysInTheName() {
        // the sentence holds a figure, so it is tagged; "501st" may be tagged CD, yet it is part of the name
        Article a = TestModels.extract("The Canadian garrison of 501st Legion raised 3,000 dollars for charity.");
        entity(a, "501st Legion", EntityType.ORGANIZATION);
    }

    @Test
    void twoNamesJoinedByAndAreTwoAndACountryAfterTheNameIsNoPartOfIt() {
        Article a = TestModels.extract("Researchers from the Massachusetts Institute of Technology and Colorado State "
                + "University of the US and the University of Sheffield of the UK met the Ministry of Industry and "
                + "Information Technology and the Centre for Transport and Society.");
        entity(a, "Massachusetts Institute of Technology", EntityType.ORGANIZATION);
        entity(a, "Colorado State University", EntityType.ORGANIZATION);
        entity(a, "University of Sheffield", EntityType.ORGANIZATION);
        entity(a, "UK", EntityType.PLACE);
        entity(a, "Ministry of Industry and Information Technology", EntityType.ORGANIZATION);
        entity(a, "Centre for Transport and Society", EntityType.ORGANIZATION);
        Article b = TestModels.extract("Health Canada and Statistics Canada declined to comment. A sensitive "
                + "Environment Canada document was found, Public Health England said.");
        for (String agency : List.of("Health Canada", "Statistics Canada", "Environment Canada",
                "Public Health England")) {
            assertEquals(EntitySubtype.AGENCY, entity(b, agency, EntityType.ORGANIZATION).subtype());
        }
        assertTrue(b.entities().stream().noneMatch(e -> e.text().equals("Canada")), b.entities().toString());
    }

    @Test
    void mastheadsAreNewspapers() {
        Article a = TestModels.extract("The Toronto Star and the Saudi Gazette cited the Wall Street Journal, the "
                + "Daily Mail and the London-published Financial Times. Jim Courier won in the Lone Star State.");
        for (String paper : List.of("Toronto Star", "Saudi Gazette", "Wall Street Journal", "Daily Mail",
                "Financial Times")) {
            assertEquals(EntitySubtype.COMPANY, entity(a, paper, EntityType.ORGANIZATION).subtype());
        }
        entity(a, "Jim Courier", EntityType.PERSON);
        assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("Lone Star")));
    }

    @Test
    void aSurnameAfterATitleIsThePersonWhateverTheNerSaid() {
        Article a = TestModels.extract("Donald Trump visited Ohio on Monday. Afghanistan is not covered by "
                + "President Trump's travel ban, Lord Sainsbury said.");
        assertEquals(2, a.entities().stream().filter(e -> e.type() == EntityType.PERSON
                && e.canonical().equals("Donald Trump")).count(), a.entities().toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("Trump")
                && e.type() == EntityType.ORGANIZATION));
    }

    @Test
    void aCountryThatActsAsAStateIsItsGovernment() {
        Article a = TestModels.extract("North Korea fired artillery rounds at a loudspeaker in South Korea. South "
                + "Korea says the broadcasts will continue. Russia is the largest country in the world.");
        assertEquals(EntitySubtype.AGENCY, entity(a, "North Korea", EntityType.ORGANIZATION).subtype());
        entity(a, "South Korea", EntityType.PLACE); // "in South Korea"
        assertEquals(1, a.entities().stream().filter(e -> e.text().equals("South Korea")
                && e.type() == EntityType.ORGANIZATION).count(), a.entities().toString());
        entity(a, "Russia", EntityType.PLACE);
        Article b = TestModels.extract("US state acts to stop spammers\n\nThe US state of Texas has passed a law.");
        assertTrue(b.entities().stream().noneMatch(e -> e.text().equals("US")
                && e.type() == EntityType.ORGANIZATION), b.entities().toString());
    }

    @Test
    void theBodyNamedAfterAPersonIsAnOrganization() {
        Article a = TestModels.extract("Elizabeth Quat of DAB was elected, and Gary Chan of DAB and Li Wei of Fujian "
                + "lost. Jamie Graham of Total Film, Lord Roberts of Conwy and Nadia Magnenat of the Swiss research "
                + "group MiraLab spoke to William Corr of the Campaign for Tobacco-Free Kids. Edward Yiu of the "
                + "Architectural, Surveying, Planning and Landscape constituency won.");
        entity(a, "Elizabeth Quat", EntityType.PERSON);
        entity(a, "DAB", EntityType.ORGANIZATION);
        entity(a, "Total Film", EntityType.ORGANIZATION);
        for (String notABody : List.of("Fujian", "Swiss", "Campaign", "Architectural")) {
            assertTrue(a.entities().stream().noneMatch(e -> e.text().equals(notABody)
                    && e.type() == EntityType.ORGANIZATION), notABody + " in " + a.entities());
        }
    }

    @Test
    void newspapersMuseumsAndTitlesAfterANameAreTold() {
        Article a = TestModels.extract("The Guardian cited the Canadian Press and the Medical Journal of Australia. "
                + "Enterprise went to the National Air and Space Museum, and the former Museum of Flight CEO Bonnie "
                + "Dunbar visited the National Museum of the U.S. Air Force with the Independent candidate.");
        entity(a, "Guardian", EntityType.ORGANIZATION);
        entity(a, "Canadian Press", EntityType.ORGANIZATION);
        entity(a, "Medical Journal of Australia", EntityType.ORGANIZATION);
        entity(a, "National Air and Space Museum", EntityType.PLACE);
        entity(a, "Museum of Flight", EntityType.PLACE);
        entity(a, "National Museum of the U.S. Air Force", EntityType.PLACE);
        entity(a, "U.S. Air Force", EntityType.ORGANIZATION);
        assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("Independent")), a.entities().toString());
    }
}
