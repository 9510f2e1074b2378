package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** score.py's {@code _verify_gold}: the structure of a gold object and its spans against the article text. */
final class GoldCheck {
    private GoldCheck() {
    }

    /** The errors (empty when the gold is fine). */
    static List<String> errors(JsonNode data, ArticleText text) {
        List<String> errs = new ArrayList<>();
        section(data, text, "figures", true, errs);
        section(data, text, "entities", true, errs);
        section(data, text, "not_figures", false, errs);
        section(data, text, "not_scored_spans", false, errs);
        JsonNode scored = JsonValues.get(data, "scored");
        if (scored != null) {
            boolean ok = scored.isArray();
            for (JsonNode s : JsonValues.list(scored)) ok &= s.isTextual();
            if (!ok) errs.add("'scored' must be a list of strings");
        }
        return errs;
    }

    private static void section(JsonNode data, ArticleText text, String section, boolean needText, List<String> errs) {
        JsonNode items = JsonValues.get(data, section);
        if (items == null) return;
        if (!items.isArray()) {
            errs.add("'" + section + "' must be a list");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String where = section + "[" + i + "]";
            if (it.isArray() && !needText) {
                if (it.size() < 2 || !JsonValues.isInt(it.get(0)) || !JsonValues.isInt(it.get(1))
                        || text.slice(JsonValues.asLong(it.get(0)), JsonValues.asLong(it.get(1))) == null) {
                    errs.add(where + ": bad span " + JsonValues.repr(it));
                }
                continue;
            }
            if (!it.isObject()) {
                errs.add(where + ": not an object");
                continue;
            }
            item(it, where, section, needText, text, errs);
        }
    }

    private static void item(JsonNode it, String where, String section, boolean needText, ArticleText text,
            List<String> errs) {
        JsonNode s = JsonValues.get(it, "start");
        JsonNode e = JsonValues.get(it, "end");
        if (!JsonValues.isInt(s) || !JsonValues.isInt(e)) {
            errs.add(where + ": start/end missing or not integers");
            return;
        }
        String actual = text.slice(JsonValues.asLong(s), JsonValues.asLong(e));
        if (actual == null) {
            errs.add(where + ": [" + JsonValues.intText(s) + "," + JsonValues.intText(e)
                    + ") is not a valid span (text length " + text.n16() + ")");
            return;
        }
        JsonNode t = JsonValues.get(it, "text");
        if (t == null && !needText) return;
        if (t == null || !t.isTextual() || !t.textValue().equals(actual)) {
            errs.add(where + ": text " + JsonValues.repr(t) + " != article[" + JsonValues.intText(s) + ":"
                    + JsonValues.intText(e) + "] " + PyText.repr(actual));
        }
        if (section.equals("figures")) {
            if (JsonValues.string(it, "kind") == null) errs.add(where + ": kind missing");
            for (String k : new String[] {"of", "partOf", "part_of"}) {
                JsonNode v = JsonValues.get(it, k);
                if (v != null && !JsonValues.isInt(v)) {
                    errs.add(where + ": '" + k + "' must be the start offset of a gold figure");
                }
            }
            JsonNode v = JsonValues.get(it, "value");
            if (v != null && !JsonValues.isNumber(v)) errs.add(where + ": value must be a number or null");
        }
        if (section.equals("entities") && JsonValues.string(it, "type") == null) errs.add(where + ": type missing");
    }
}
