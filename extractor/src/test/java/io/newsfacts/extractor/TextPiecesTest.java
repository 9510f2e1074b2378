package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Where long texts are cut before CoreNLP: never where it changes an ordinary article, always in bounds. */
class TextPiecesTest {
    private static final String PARAGRAPH = "Police in Beijing arrested 12 suspects on Monday, the ministry said. "
            + "Fraud cases fell 4.5% year-on-year.\n\n";

    @Test
    void anOrdinaryArticleIsOnePiece() {
        String article = PARAGRAPH.repeat(30);
        assertArrayEquals(new int[] {0, article.length()}, TextPieces.cuts(article));
    }

    @Test
    void longProseIsCutAtParagraphBreaksOnly() {
        String text = PARAGRAPH.repeat(2000); // 220,000 chars
        int[] cuts = TextPieces.cuts(text);
        assertTrue(cuts.length > 4, "cut into pieces");
        for (int i = 1; i + 1 < cuts.length; i++) {
            assertTrue(text.startsWith("\n\n", cuts[i] - 2), "cut at " + cuts[i] + " is not after a paragraph break");
            assertTrue(cuts[i] - cuts[i - 1] <= TextPieces.PIECE, "piece " + i + " too long");
        }
    }

    @Test
    void windowsLineEndsAreParagraphBreaksToo() {
        String text = PARAGRAPH.replace("\n", "\r\n").repeat(1000);
        int[] cuts = TextPieces.cuts(text);
        for (int i = 1; i + 1 < cuts.length; i++) {
            assertTrue(text.startsWith("\r\n\r\n", cuts[i] - 4), "cut at " + cuts[i]);
        }
    }

    @Test
    void textWithoutSentenceBreaksIsCutAtWhitespaceIntoShortRuns() {
        String text = "police arrested 12 suspects and ".repeat(10_000); // 320,000 chars, not one full stop
        int[] cuts = TextPieces.cuts(text);
        for (int i = 1; i < cuts.length; i++) {
            assertTrue(cuts[i] - cuts[i - 1] <= TextPieces.RUN + 1, "piece " + i + " is " + (cuts[i] - cuts[i - 1]));
            if (i + 1 < cuts.length) assertEquals(' ', text.charAt(cuts[i] - 1), "cut at " + cuts[i]);
        }
    }

    @Test
    void aRunWithoutWhitespaceIsNeverCut() {
        String digits = "1,".repeat(100_000);
        assertArrayEquals(new int[] {0, digits.length()}, TextPieces.cuts(digits));
        String emoji = "😀".repeat(60_000);
        assertArrayEquals(new int[] {0, emoji.length()}, TextPieces.cuts(emoji));
    }

    @Test
    void anEmptyTextIsOneEmptyPiece() {
        assertArrayEquals(new int[] {0, 0}, TextPieces.cuts(""));
    }

    @Property(tries = 200)
    void cutsAreIncreasingInBoundsAndAfterWhitespace(@ForAll("longTexts") String text) {
        int[] cuts = TextPieces.cuts(text);
        assertEquals(0, cuts[0]);
        assertEquals(text.length(), cuts[cuts.length - 1]);
        for (int i = 1; i < cuts.length; i++) {
            assertTrue(cuts[i] > cuts[i - 1], "cuts not increasing at " + i);
            if (i + 1 < cuts.length) {
                assertTrue(Character.isWhitespace(text.charAt(cuts[i] - 1)), "cut at " + cuts[i] + " not after space");
            }
        }
    }

    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("word ", "12,000 ", ". ", ".\n\n", "\n", "? ", "\"Yes.\" ", "😀", "北京。", " "),
                Arbitraries.strings().withChars("ab1 .\n").ofMaxLength(20));
        return Arbitraries.integers().between(1, 3000).flatMap(n -> piece.list().ofSize(n)
                .map(parts -> String.join("", parts).repeat(1 + 60_000 / Math.max(1, n * 8))))
                .filter(t -> !t.isEmpty()); // one empty piece, tested above
    }
}
