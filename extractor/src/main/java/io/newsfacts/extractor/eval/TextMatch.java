package io.newsfacts.extractor.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's text normalisation and attribute matching: words, crude singulars and verb lemmas, token-set F1.
 * Deliberately crude and exactly as the reference scorer has it, so that both give the same numbers.
 */
public final class TextMatch {
    /** A token-set F1 at or above this matches (counted phrases, periods). */
    static final double SET_F1_MIN = 0.5;

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> AUX = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "has",
            "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "do", "does", "did", "get", "got", "gotten", "to", "not", "also", "a", "an", "the");

    private TextMatch() {
    }

    /** Lowercase words with possessive 's, quotes and punctuation removed ("black-and-white" -> black, and, white). */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String t = withoutPossessives(PyText.lower(s));
        StringBuilder word = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (PyText.isAlnum(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** score.py's {@code _POSSESSIVE.sub("", s)}: removes 's and ’s that end a word. */
    private static String withoutPossessives(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '\u2019') && i + 1 < s.length() && s.charAt(i + 1) == 's'
                    && (i + 2 == s.length() || !PyText.isWord(s.codePointAt(i + 2)))) {
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The words joined by single spaces. */
    public static String phrase(String s) {
        return String.join(" ", tokens(s));
    }

    /** Crude singularisation: ies->y, (ss|x|z|ch|sh)es->..., s->'' (not after s/u/i). */
    public static String singular(String w) {
        int n = PyText.len(w);
        if (n > 4 && w.endsWith("ies")) {
            return PyText.dropLast(w, 3) + "y";
        }
        if (n > 3 && w.endsWith("es")) {
            String b = PyText.dropLast(w, 2);
            if (b.endsWith("ss") || b.endsWith("x") || b.endsWith("z") || b.endsWith("ch") || b.endsWith("sh")) {
                return b;
            }
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return PyText.dropLast(w, 1);
        }
        return w;
    }

    static Set<String> pluralVariants(String w) {
        Set<String> v = new HashSet<>();
        v.add(w);
        v.add(singular(w));
        int n = PyText.len(w);
        if (n > 3 && w.endsWith("s")) v.add(PyText.dropLast(w, 1));
        if (n > 3 && w.endsWith("es")) v.add(PyText.dropLast(w, 2));
        return v;
    }

    /** F1 of the two phrases' word sets (singularised, without articles). */
    public static double tokenSetF1(String a, String b) {
        Set<String> sa = contentSet(a);
        Set<String> sb = contentSet(b);
        int common = 0;
        for (String x : sa) {
            if (sb.contains(x)) common++;
        }
        if (common == 0) {
            return 0.0;
        }
        return 2.0 * common / (sa.size() + sb.size());
    }

    private static Set<String> contentSet(String s) {
        Set<String> out = new HashSet<>();
        for (String t : tokens(s)) {
            if (!ARTICLES.contains(t)) out.add(singular(t));
        }
        return out;
    }

    private static List<String> withoutArticles(String s) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(s)) {
            if (!ARTICLES.contains(t)) out.add(t);
        }
        return out;
    }

    /** Head words equal after crude singularisation (the last word of each), or token-set F1 >= 0.5. */
    public static boolean countedMatch(String gold, String pred) {
        if (gold == null || pred == null) {
            return false;
        }
        List<String> g = withoutArticles(gold);
        List<String> p = withoutArticles(pred);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        Set<String> gv = pluralVariants(g.get(g.size() - 1));
        gv.retainAll(pluralVariants(p.get(p.size() - 1)));
        if (!gv.isEmpty()) {
            return true;
        }
        return tokenSetF1(gold, pred) >= SET_F1_MIN;
    }

    /** Crude verb lemmas: cracked~crack, captured~capture, stopped~stop, carried~carry, seizing~seize. */
    public static Set<String> lemmaVariants(String w) {
        Set<String> v = new LinkedHashSet<>();
        v.add(w);
        int n = PyText.len(w);
        if (n > 4 && w.endsWith("ied")) v.add(PyText.dropLast(w, 3) + "y");
        if (n > 3 && w.endsWith("ed")) {
            String b = PyText.dropLast(w, 2);
            v.add(b);
            if (PyText.len(b) >= 2 && PyText.lastTwoEqual(b)) v.add(b.substring(0, b.length()
                    - Character.charCount(b.codePointBefore(b.length()))));
        }
        if (n > 2 && w.endsWith("d")) v.add(PyText.dropLast(w, 1));
        if (n > 4 && w.endsWith("ing")) {
            String b = PyText.dropLast(w, 3);
            v.add(b);
            v.add(b + "e");
            if (PyText.len(b) >= 2 && PyText.lastTwoEqual(b)) v.add(b.substring(0, b.length()
                    - Character.charCount(b.codePointBefore(b.length()))));
        }
        if (n > 4 && w.endsWith("ies")) v.add(PyText.dropLast(w, 3) + "y");
        if (n > 3 && w.endsWith("es")) v.add(PyText.dropLast(w, 2));
        if (n > 2 && w.endsWith("s") && !w.endsWith("ss")) v.add(PyText.dropLast(w, 1));
        return v;
    }

    /** The first word that is not an auxiliary (or the first word; null when there is none). */
    static String headVerb(String s) {
        List<String> words = tokens(s);
        for (String w : words) {
            if (!AUX.contains(w)) return w;
        }
        return words.isEmpty() ? null : words.get(0);
    }

    /** The gold predicate's head verb shares a crude lemma with one candidate's head verb. */
    public static boolean predicateMatch(String gold, List<String> candidates) {
        String g = headVerb(gold);
        if (g == null) {
            return false;
        }
        Set<String> gv = lemmaVariants(g);
        for (String c : candidates) {
            String p = headVerb(c);
            if (p != null) {
                for (String x : lemmaVariants(p)) {
                    if (gv.contains(x)) return true;
                }
            }
        }
        return false;
    }

    /** Token-set F1 of the two period phrases >= 0.5. */
    public static boolean periodMatch(String gold, String pred) {
        return gold != null && pred != null && tokenSetF1(gold, pred) >= SET_F1_MIN;
    }
}
