package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An article's text addressed by UTF-16 code units (Java String indices). An offset between the two halves of a
 * surrogate pair addresses nothing.
 */
record ArticleText(String text) {
    /** The length in UTF-16 code units. */
    int n16() {
        return text.length();
    }

    boolean validOffset(long off) {
        if (off < 0 || off > text.length()) return false;
        int i = (int) off;
        return i == 0 || i == text.length()
                || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
    }

    /** The text in [start, end), or null when that is no span of it. */
    String slice(long start, long end) {
        if (!validOffset(start) || !validOffset(end) || start > end) return null;
        return text.substring((int) start, (int) end);
    }

    /** {@code check_span}: null when the item's start/end/text agree with the text, else the reason. */
    String checkSpan(JsonNode item) {
        if (!JsonValues.isObject(item)) return "not a JSON object";
        JsonNode s = JsonValues.get(item, "start");
        JsonNode e = JsonValues.get(item, "end");
        if (!JsonValues.isInt(s) || !JsonValues.isInt(e)) return "start/end missing or not integers";
        String at = "[" + JsonValues.intText(s) + "," + JsonValues.intText(e) + ")";
        String actual = slice(JsonValues.asLong(s), JsonValues.asLong(e));
        if (actual == null) return at + " is not a valid span of the text (length " + n16() + ")";
        String t = JsonValues.string(item, "text");
        String where = "article[" + JsonValues.intText(s) + ":" + JsonValues.intText(e) + "]";
        if (t == null) return "text missing (" + where + " is " + PyText.repr(actual) + ")";
        if (!t.equals(actual)) return "text " + PyText.repr(t) + " != " + where + " " + PyText.repr(actual);
        return null;
    }
}
