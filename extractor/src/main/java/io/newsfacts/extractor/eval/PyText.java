package io.newsfacts.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python's string semantics where score.py's numbers depend on them: whitespace ({@code str.strip}), word
 * characters ({@code \w}), lengths in code points, {@code repr}, {@code os.path.splitext} and
 * {@code str.splitlines}.
 */
final class PyText {
    private PyText() {
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Python's {@code \w} in a str pattern: letters, numbers and the underscore. */
    static boolean isWord(int cp) {
        return cp == '_' || isAlnum(cp);
    }

    /** Python's {@code str.isalnum} for one code point: letters (L*) and numbers (N*). */
    static boolean isAlnum(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b) {
            int cp = s.codePointAt(a);
            if (!isSpace(cp)) break;
            a += Character.charCount(cp);
        }
        while (b > a) {
            int cp = s.codePointBefore(b);
            if (!isSpace(cp)) break;
            b -= Character.charCount(cp);
        }
        return s.substring(a, b);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code len(s)}: code points, not UTF-16 units. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[:-n]} for an ASCII suffix of length n. */
    static String dropLast(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    /** Whether the last two code points of {@code s} are equal ({@code s[-1] == s[-2]}); s has two or more. */
    static boolean lastTwoEqual(String s) {
        int last = s.codePointBefore(s.length());
        int before = s.codePointBefore(s.length() - Character.charCount(last));
        return last == before;
    }

    /** {@code repr(s)} of a Python str. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        });
        return b.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one non-ASCII code point. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code posixpath.splitext(p)[0]}: the path without its extension (leading dots are no extension). */
    static String withoutExtension(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return p.substring(0, dot);
                }
            }
        }
        return p;
    }

    /** {@code str.splitlines()}: lines end at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029. */
    static List<String> splitlines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                out.add(s.substring(start, i));
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }
}
