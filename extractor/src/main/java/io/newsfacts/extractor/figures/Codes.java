package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Numbers an article uses as names of models, routes or products: glued to capital letters ("737NG", "A320",
 * "MH370") or right after a proper noun ("Boeing 737 Max"). Elsewhere in the same article the bare number ("the
 * 737 Max") is that name too, not a count.
 */
final class Codes {
    private Codes() {
    }

    /** The numbers (as written) the article uses as codes. */
    static Set<String> find(Parse parse) {
        Set<String> out = new HashSet<>();
        for (Sentence s : parse.sentences()) {
            for (Token t : s.tokens()) {
                String glued = gluedNumber(t.word());
                if (glued != null) out.add(glued);
                Token prev = s.token(t.index() - 1);
                Token next = s.token(t.index() + 1);
                if (prev != null && t.index() > 1 && isInteger(t.word()) && t.word().length() >= 3
                        && !t.word().startsWith("0") && prev.isProperNoun() && prev.isCapitalized()
                        && !NotFigures.isMonth(prev) && next != null && next.isProperNoun() && next.isCapitalized()) {
                    out.add(t.word()); // "Boeing 737 Max"
                }
            }
        }
        return out;
    }

    /** "737NG" → "737", "A320" → "320"; null when the token is not digits glued to capital letters. */
    private static String gluedNumber(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) i++;
        if (i >= 3 && i < w.length() && allUpper(w.substring(i)) && w.length() - i >= 2) return w.substring(0, i);
        int j = 0;
        while (j < w.length() && Character.isUpperCase(w.charAt(j))) j++;
        if (j >= 1 && j <= 3 && w.length() - j >= 3 && isInteger(w.substring(j))) return w.substring(j);
        return null;
    }

    private static boolean allUpper(String s) {
        return s.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isInteger(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
