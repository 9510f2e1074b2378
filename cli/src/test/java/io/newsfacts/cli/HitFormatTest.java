package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.indexer.Hit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The human table and the sentence cut, without an index. */
class HitFormatTest {
    private static final String SENTENCE = "From January to September this year, police across the country cracked"
            + " 262,000 telecommunications network fraud cases and arrested 373,000 «criminal suspects», an increase"
            + " of 41.1% and 116.4% year-on-year respectively.";

    private static Hit hit(String id, String value, String counted, String highlighted) {
        return new Hit("figure", "mps-2020-10-26", id, "COUNT", new BigDecimal(value), null, value, counted, "arrested",
                "arrest", "Criminal Investigation Bureau of the Ministry of Public Security", "across the country",
                "2020-01/2020-09", "2020-10-26", highlighted.replace("«", "").replace("»", ""), highlighted, "{}", 1f);
    }

    @Test
    void rowsAlignUnderTheHeader() {
        List<String> lines = HitFormat.table(List.of(hit("f2", "373000", "criminal suspects", SENTENCE),
                hit("f10", "33860", "criminal suspects", "Police arrested 33,860 «criminal suspects».")), 1, 0);

        String all = String.join("\n", lines);
        assertEquals(5, lines.size(), all);
        int counted = lines.get(0).indexOf("counted");
        assertEquals(counted, lines.get(1).indexOf("criminal suspects"), all);
        assertEquals(counted, lines.get(3).indexOf("criminal suspects"), all);
        // values right-aligned: the last digits line up
        assertEquals(lines.get(1).indexOf("373,000") + 7, lines.get(3).indexOf("33,860") + 6, all);
        assertTrue(lines.get(1).startsWith("1. "), all);
        assertTrue(lines.get(2).contains("«criminal suspects»"), all);
        assertTrue(lines.get(4).endsWith("Police arrested 33,860 «criminal suspects»."), all);
    }

    @Test
    void aWidthCutsWordsButNeverValuesOrArticleIds() {
        for (int width : new int[] {80, 100, 120}) {
            List<String> lines = HitFormat.table(List.of(hit("f2", "373000", "criminal suspects", SENTENCE)), 1,
                    width);
            String all = String.join("\n", lines);
            assertTrue(lines.stream().allMatch(l -> l.length() <= width), width + "\n" + all);
            assertTrue(lines.get(1).contains("373,000"), all);
            assertTrue(lines.get(1).contains("…"), all);
            if (width >= 100) {
                assertTrue(lines.get(1).endsWith("mps-2020-10-26 f2"), all);
                assertTrue(lines.get(0).contains("predicate"), all);
            }
        }
    }

    @Test
    void noWidthCutsNothing() {
        List<String> lines = HitFormat.table(List.of(hit("f2", "373000", "criminal suspects", SENTENCE)), 7, 0);
        assertTrue(lines.get(1).startsWith("7. "), lines.get(1));
        assertTrue(lines.get(1).contains("Criminal Investigation Bureau of the Ministry of Public Security"));
        assertEquals("     " + SENTENCE, lines.get(2));
    }

    @Test
    void aLongSentenceIsCutAroundItsFirstMatch() {
        String cut = HitFormat.around(SENTENCE, 60);
        assertEquals(60, cut.length(), cut);
        assertTrue(cut.startsWith("…"), cut);
        assertTrue(cut.contains("«criminal suspects»"), cut);
        assertEquals("…000 «crimin…", HitFormat.around(SENTENCE, 13));
        assertEquals("…ember this year, police «across» the country",
                HitFormat.around("From January to September this year, police «across» the country", 45));
        assertEquals("A «match» early and…", HitFormat.around("A «match» early and then a long tail of words", 20));
        assertEquals("short «one»", HitFormat.around("short «one»", 60));
    }

    @Test
    void periodsInOneYearShortenTheirEnd() {
        assertEquals("2020-01/09", HitFormat.period("2020-01/2020-09"));
        assertEquals("2020-01-05/01-31", HitFormat.period("2020-01-05/2020-01-31"));
        assertEquals("2019/2020", HitFormat.period("2019/2020"));
        assertEquals("2019-11/2020-02", HitFormat.period("2019-11/2020-02"));
        assertEquals("XXXX-01/XXXX-09", HitFormat.period("XXXX-01/XXXX-09"));
        assertEquals("2020", HitFormat.period("2020"));
    }

    @Test
    void figuresAreGroupedByThousands() {
        assertEquals("373,000", HitFormat.grouped(new BigDecimal("373000")));
        assertEquals("1,234.5", HitFormat.grouped(new BigDecimal("1234.50")));
        assertEquals("1,200,000,000", HitFormat.grouped(new BigDecimal("1.2E+9")));
    }
}
