package io.newsfacts.extractor.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.model.EntitySubtype;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static PlaceTable table(String tab) throws IOException {
        return PlaceTable.parseKbp(new ByteArrayInputStream(tab.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parsesKindsKeepsTheHighestAndSkipsPatternsAndOtherTypes() throws IOException {
        PlaceTable t = table("""
                Georgia\tSTATE_OR_PROVINCE\tMISC\t1
                Georgia\tCOUNTRY\tMISC\t1
                Springfield\tCITY
                São Paulo\tCITY\tMISC\t1
                senator\tTITLE\tMISC\t1
                New\\s+York\tCITY\tMISC\t1
                Paris\tCITY
                """);
        assertEquals(4, t.size());
        assertEquals(new Gazetteer.Place("Georgia", EntitySubtype.COUNTRY, null), t.find("georgia"));
        assertEquals(EntitySubtype.CITY, t.find("são paulo").subtype());
        assertEquals("São Paulo", t.find("são paulo").name());
        assertNull(t.find("senator"));
        assertNull(t.find("parisx"));
        assertNull(t.find("pari"));
        assertNull(t.find(""));
        assertEquals("Springfield", t.find("springfield").name());
    }

    @Test
    void writtenTableReadsBackEntryForEntry() throws IOException {
        PlaceTable t = table("B\tCITY\nA\tCOUNTRY\nÄ\tSTATE_OR_PROVINCE\nC\tCITY\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        PlaceTable back = PlaceTable.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(t.all(), back.all());
        assertEquals(EntitySubtype.PROVINCE, back.find("ä").subtype());
        byte[] bad = out.toByteArray();
        bad[7] = 99; // another version
        assertThrows(IOException.class, () -> PlaceTable.read(new ByteArrayInputStream(bad)));
    }

    /** The file the build compiled holds exactly what CoreNLP's list says: nothing lost, nothing stale. */
    @Test
    void compiledTableEqualsTheKbpList() throws IOException {
        PlaceTable compiled;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.COMPILED)) {
            assertNotNull(in, "the build writes " + Gazetteer.COMPILED + " (exec-maven-plugin, process-classes)");
            compiled = PlaceTable.read(in);
        }
        PlaceTable parsed = Gazetteer.parseKbp();
        assertTrue(parsed.size() > 500_000, "KBP list has half a million places: " + parsed.size());
        List<Gazetteer.Place> a = compiled.all();
        List<Gazetteer.Place> b = parsed.all();
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) assertEquals(b.get(i), a.get(i));
    }

    @Test
    void ownTableWinsAndLookupIgnoresCase() {
        Gazetteer g = Gazetteer.load();
        assertEquals(new Gazetteer.Place("Fujian", EntitySubtype.PROVINCE, "China"), g.lookup("FUJIAN"));
        assertEquals(EntitySubtype.COUNTRY, g.lookup("china").subtype());
        assertEquals(EntitySubtype.COUNTRY, g.lookup("France").subtype());
        assertEquals(EntitySubtype.CITY, g.lookup("Manchester").subtype());
        assertNull(g.lookup("Ministry of Public Security"));
    }

    @Test
    void theProjectsTableKnowsWhatTheKbpListLeavesOutAndAbbreviationsMatchAsWritten() {
        Gazetteer g = Gazetteer.load();
        assertEquals(EntitySubtype.COUNTRY, g.lookup("Libya").subtype());
        assertEquals(new Gazetteer.Place("Houston", EntitySubtype.CITY, "United States"), g.lookup("Houston"));
        assertEquals(new Gazetteer.Place("Queensland", EntitySubtype.PROVINCE, "Australia"), g.lookup("Queensland"));
        assertEquals(EntitySubtype.CITY, g.lookup("New York").subtype());
        assertEquals(EntitySubtype.COUNTRY, g.lookup("US").subtype());
        assertEquals(EntitySubtype.COUNTRY, g.lookup("U.S.").subtype());
        assertNull(g.lookup("Us"), "the word, not the country");
    }
}
