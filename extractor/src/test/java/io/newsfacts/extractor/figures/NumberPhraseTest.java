package io.newsfacts.extractor.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number parser on its own (no tagger): seeded random round trips through English words and digit groupings,
 * and the written forms a news text uses. The seed is printed so a failure can be replayed.
 */
class NumberPhraseTest {
    private static final long SEED = Long.getLong("newsfacts.seed", System.nanoTime());
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion"};

    /** Tokens split on spaces, tagged as nothing in particular (the parser does not read tags). */
    private static List<Piece> pieces(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), "CD", w, "O"));
            at += w.length() + 1;
        }
        return Piece.of(new Sentence(0, 0, at - 1, tokens));
    }

    private static BigDecimal parse(String text) {
        List<Piece> ps = pieces(text);
        NumberPhrase.Parsed p = NumberPhrase.parse(ps, 0);
        assertNotNull(p, text);
        assertEquals(ps.size(), p.end(), "the whole of '" + text + "' is one number");
        return p.value();
    }

    /** English words for 0 <= n < 10^12, British style ("one hundred and five"), hyphenated tens. */
    static String words(long n, boolean and) {
        if (n == 0) return "zero";
        List<String> parts = new ArrayList<>();
        for (int s = SCALES.length - 1; s >= 0; s--) {
            long unit = (long) Math.pow(1000, s);
            int chunk = (int) (n / unit % 1000);
            if (chunk == 0) continue;
            parts.add(chunk(chunk, and) + (s > 0 ? " " + SCALES[s] : ""));
        }
        return String.join(" ", parts);
    }

    private static String chunk(int n, boolean and) {
        StringBuilder b = new StringBuilder();
        if (n >= 100) {
            b.append(SMALL[n / 100]).append(" hundred");
            if (n % 100 != 0) b.append(and ? " and " : " ");
        }
        int r = n % 100;
        if (r >= 20) {
            b.append(TENS[r / 10]);
            if (r % 10 != 0) b.append('-').append(SMALL[r % 10]);
        } else if (r > 0 || n < 100) {
            b.append(SMALL[r]);
        }
        return b.toString();
    }

    @Test
    void randomNumbersInWordsReadBack() {
        System.out.println("NumberPhraseTest seed " + SEED);
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            long n = switch (i % 4) {
                case 0 -> random.nextInt(100);
                case 1 -> random.nextInt(1_000_000);
                case 2 -> (long) (random.nextDouble() * 1e12);
                default -> random.nextInt(1000) * 1_000_000L;
            };
            boolean and = random.nextBoolean();
            String w = words(n, and);
            assertEquals(0, BigDecimal.valueOf(n).compareTo(parse(w)), "seed " + SEED + ": " + w);
        }
    }

    @Test
    void randomGroupedDigitsReadBack() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            long n = (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(12)));
            String western = String.format(java.util.Locale.ROOT, "%,d", n);
            assertEquals(0, BigDecimal.valueOf(n).compareTo(DigitNumber.parse(western).value()), "seed " + SEED + ": " + western);
            String indian = indian(n);
            assertEquals(0, BigDecimal.valueOf(n).compareTo(DigitNumber.parse(indian).value()), "seed " + SEED + ": " + indian);
            // a group of the wrong length makes the number malformed, never a guess
            if (n >= 10_000) {
                String broken = western.substring(0, western.length() - 1);
                DigitNumber d = DigitNumber.parse(broken);
                assertTrue(d.malformed(), "seed " + SEED + ": " + broken);
                assertNull(d.value());
            }
        }
    }

    /** 12,34,567: the last three digits, then groups of two. */
    private static String indian(long n) {
        String s = Long.toString(n);
        if (s.length() <= 3) return s;
        String groups = "," + s.substring(s.length() - 3);
        String rest = s.substring(0, s.length() - 3);
        while (rest.length() > 2) {
            groups = "," + rest.substring(rest.length() - 2) + groups;
            rest = rest.substring(0, rest.length() - 2);
        }
        return rest + groups;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a dozen                              | 12
        3 dozens                             | 36
        a hundred                            | 100
        2.33 k                               | 2330
        322 hundred                          | 32200
        three lakh crore                     | 3000000000000
        a quarter million                    | 250000
        half a million                       | 500000
        one and a half                       | 1.5
        five and a half million              | 5500000
        one billion and a half million       | 1000500000
        seven and three quarters             | 7.75
        a fifth                              | 0.2
        a hundredth                          | 0.01
        three fifths                         | 0.6
        twenty-three fifths                  | 4.6
        one-eighth                           | 0.125
        two and fifty-four hundredths        | 2.54
        one hundred thirty fifths            | 2.857142857142857
        three twenty firsts                  | 0.1428571428571429
        nought point nought five             | 0.05
        zero point eleven                    | 0.11
        minus ninety - five                  | -95
        negative seven                       | -7
        1e10                                 | 10000000000
        -4                                   | -4
        ¾                                    | 0.75
        2½                                   | 2.5
        .5                                   | 0.5
        0 billion                            | 0
        1.5 ten thousand                     | 15000
        26.2 ten thousand                    | 262000
        zero million                         | 0
        """)
    void writtenForms(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(parse(text)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3,2016
        12,34
        1,3
        22,24,26,31
        """)
    void brokenGroupsAreMalformed(String text) {
        DigitNumber d = DigitNumber.parse(text);
        assertTrue(d.malformed(), text);
        assertNull(d.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        12/25
        9/11
        24/7
        5/17/2018
        """)
    void datesAreNoFractions(String text) {
        DigitNumber d = DigitNumber.parse(text);
        assertTrue(d == null || d.value() == null, text + " read as " + (d == null ? null : d.value()));
    }
}
