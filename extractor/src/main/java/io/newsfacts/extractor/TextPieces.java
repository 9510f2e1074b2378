package io.newsfacts.extractor;

import java.util.Arrays;

/**
 * Where to cut an article into the pieces CoreNLP parses one at a time. Two reasons: memory (CoreNLP's annotations
 * of a whole multi-megabyte text at once would not fit), and text without sentence breaks, which would become one
 * sentence of a million tokens, on which CoreNLP's taggers and our stages are superlinear. So a piece holds at most
 * {@link #PIECE} chars where it can be cut, preferring paragraph breaks, which end sentences anyway (cutting there
 * changes nothing), and a run of {@link #RUN} chars with no sentence end is cut at whitespace. Cuts are only ever
 * made after whitespace, so no token and no surrogate pair is split. Ordinary articles are one piece. Stateless.
 */
final class TextPieces {
    /** Chars per piece, at most, when the text allows a cut: some ten long news articles. */
    static final int PIECE = 50_000;
    /** Chars without a sentence end after which the text is cut at whitespace: far longer than any real sentence. */
    static final int RUN = 5_000;

    private TextPieces() {
    }

    /**
     * The cut offsets, from 0 to {@code text.length()}, increasing: piece k is [cuts[k], cuts[k+1]), never empty
     * unless the text is.
     */
    static int[] cuts(String text) {
        int n = text.length();
        int[] cuts = new int[8];
        int count = 1; // cuts[0] = 0
        int start = 0; // of the current piece
        int runStart = 0; // after the last sentence end (or cut)
        int lastPara = -1; // after the last paragraph break
        int lastEnd = -1; // after the last sentence end or paragraph break
        int lastSpace = -1; // after the last whitespace char
        int newlines = 0; // in the current whitespace run
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                lastSpace = i + 1;
                if (c == '\n' && ++newlines >= 2) {
                    lastPara = i + 1;
                    lastEnd = i + 1;
                    runStart = i + 1;
                } else if (endsSentence(text, i)) {
                    lastEnd = i + 1;
                    runStart = i + 1;
                }
            } else {
                newlines = 0;
            }
            int cut = -1;
            if (i + 1 - runStart > RUN && lastSpace > Math.max(start, runStart)) {
                cut = lastSpace; // a run with no sentence end: make one at the last whitespace
            } else if (i + 1 - start > PIECE) {
                if (lastPara > start + PIECE / 2) cut = lastPara;
                else if (lastEnd > start) cut = lastEnd;
                else if (lastSpace > start) cut = lastSpace;
            }
            if (cut > start && cut < n) {
                if (count == cuts.length) cuts = Arrays.copyOf(cuts, count * 2);
                cuts[count++] = cut;
                start = cut;
                runStart = Math.max(runStart, cut);
            }
        }
        if (count == cuts.length) cuts = Arrays.copyOf(cuts, count + 1);
        cuts[count++] = n;
        return Arrays.copyOf(cuts, count);
    }

    /** Whether the text before {@code i} ends like a sentence: . ! or ? maybe followed by closing quotes. */
    private static boolean endsSentence(String text, int i) {
        int j = i - 1;
        while (j >= 0 && j >= i - 3 && isCloser(text.charAt(j))) j--;
        if (j < 0) return false;
        char c = text.charAt(j);
        return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u2019' || c == '\u201d';
    }
}
