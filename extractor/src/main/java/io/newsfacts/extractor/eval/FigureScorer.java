package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of one document (score.py's {@code score_figures_doc}): a prediction and a gold figure match when their
 * spans overlap and their kinds agree, one-to-one, largest overlap first (required gold before optional, then
 * nearest ends); matched pairs have their attributes checked. A prediction on a not_figures span is a false
 * positive; one matching optional gold is ignored. Each warning the gold gives must overlap a predicted one.
 */
final class FigureScorer {
    private record Gold(long start, long end, String kind, boolean optional, JsonNode json) {
    }

    private record Pred(long start, long end, String kind, JsonNode json) {
    }

    private record Pair(long overlap, int optional, long distance, int pi, int gi) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparingLong((Pair p) -> -p.overlap)
            .thenComparingInt(Pair::optional).thenComparingLong(Pair::distance).thenComparingInt(Pair::pi)
            .thenComparingInt(Pair::gi);
    private static final List<String> NESTED = List.of("counted", "predicate", "period", "place");

    private FigureScorer() {
    }

    static void score(GoldDocument doc, JsonNode pred, Tally st, ObjectNode det) {
        ArticleText text = doc.articleText();
        List<Gold> gold = new ArrayList<>();
        for (JsonNode g : doc.figures()) {
            gold.add(new Gold(JsonValues.asLong(g.get("start")), JsonValues.asLong(g.get("end")),
                    Vocabulary.normKind(JsonValues.get(g, "kind")), JsonValues.truthy(JsonValues.get(g, "optional")), g));
        }
        List<JsonNode> pfigs = JsonValues.list(JsonValues.get(pred, "figures"));
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode f : pfigs) {
            String id = JsonValues.string(f, "id");
            if (id != null) byId.putIfAbsent(id, f);
        }
        List<FigureAttributes.Warn> warnings = warnings(doc, text, pred, st);
        st.predictedWarnings += JsonValues.list(JsonValues.get(pred, "warnings")).size();
        List<Pred> valid = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        Set<JsonNode> badNested = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GoldDocument.Bounds> notFigures = doc.notFigures();
        for (JsonNode f : pfigs) {
            String kind = f.isObject() ? Vocabulary.normKind(JsonValues.get(f, "kind")) : Vocabulary.OTHER;
            String reason = text.checkSpan(f);
            if (reason != null) {
                st.offsetError("figures", doc, f, reason);
                bad.add(kind);
                continue;
            }
            nested(doc, text, f, st, badNested);
            long s = JsonValues.asLong(f.get("start"));
            long e = JsonValues.asLong(f.get("end"));
            if (notFigures.stream().anyMatch(b -> b.overlaps(s, e))) {
                st.notFiguresFalsePositives++;
                st.figures.get(kind).fp++;
                ((ArrayNode) det.get("figure_fp")).add(Tally.brief(f).put("why", "not_figures"));
                continue;
            }
            valid.add(new Pred(s, e, kind, f));
        }
        FigureAttributes.Context ctx = new FigureAttributes.Context(byId, warnings, badNested);
        Map<Integer, Integer> pm = match(gold, valid);
        for (int pi = 0; pi < valid.size(); pi++) {
            Pred p = valid.get(pi);
            Integer gi = pm.get(pi);
            if (gi == null) {
                st.figures.get(p.kind).fp++;
                ((ArrayNode) det.get("figure_fp")).add(Tally.brief(p.json));
                continue;
            }
            Gold g = gold.get(gi);
            if (g.optional) {
                st.figuresIgnoredOptional++;
                continue;
            }
            st.figures.get(p.kind).tp++;
            for (FigureAttributes.Check c : FigureAttributes.check(g.json, p.json, ctx)) {
                st.attributes.get(c.field()).add(c.ok());
                if (!c.ok()) {
                    ObjectNode err = ((ArrayNode) det.get("attribute_errors")).addObject();
                    err.set("figure", Tally.brief(g.json));
                    err.set("pred_id", Tally.copy(JsonValues.get(p.json, "id")));
                    err.put("field", c.field());
                    err.set("gold", Tally.copy(c.gold()));
                    err.set("pred", Tally.copy(c.pred()));
                }
            }
        }
        for (String k : bad) st.figures.get(k).fp++;
        Set<Integer> gm = new HashSet<>(pm.values());
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            if (g.optional) continue;
            if (!gm.contains(gi)) {
                st.figures.get(g.kind).fn++;
                ((ArrayNode) det.get("figure_fn")).add(Tally.brief(g.json));
            }
            for (String code : warningCodes(g.json)) {
                boolean found = ctx.warningOverlaps(g.start, g.end, PyText.upper(PyText.strip(code)));
                st.warnings.add(found);
                if (!found) ((ArrayNode) det.get("warnings_missed")).add(Tally.brief(g.json).put("code", code));
            }
        }
    }

    /** Predicted index -> gold index: overlapping, same kind, one-to-one, best pairs first. */
    private static Map<Integer, Integer> match(List<Gold> gold, List<Pred> valid) {
        List<Pair> pairs = new ArrayList<>();
        for (int pi = 0; pi < valid.size(); pi++) {
            Pred p = valid.get(pi);
            for (int gi = 0; gi < gold.size(); gi++) {
                Gold g = gold.get(gi);
                if (!g.kind.equals(p.kind)) continue;
                long ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
                if (ov > 0) {
                    pairs.add(new Pair(ov, g.optional ? 1 : 0, Math.abs(p.start - g.start) + Math.abs(p.end - g.end),
                            pi, gi));
                }
            }
        }
        pairs.sort(ORDER);
        Map<Integer, Integer> pm = new LinkedHashMap<>();
        Set<Integer> gm = new HashSet<>();
        for (Pair x : pairs) {
            if (!pm.containsKey(x.pi) && !gm.contains(x.gi)) {
                pm.put(x.pi, x.gi);
                gm.add(x.gi);
            }
        }
        return pm;
    }

    /** Nested spans (counted, predicate, period, place) whose text is not the article's: offset errors. */
    private static void nested(GoldDocument doc, ArticleText text, JsonNode f, Tally st, Set<JsonNode> badNested) {
        for (String key : NESTED) {
            JsonNode x = JsonValues.get(f, key);
            if (x != null && x.isObject() && JsonValues.isInt(JsonValues.get(x, "start"))
                    && JsonValues.isInt(JsonValues.get(x, "end")) && x.has("text")) {
                String r = text.checkSpan(x);
                if (r != null) {
                    badNested.add(x);
                    ObjectNode item = x.deepCopy();
                    item.put("id", JsonValues.pyStr(JsonValues.get(f, "id")) + "." + key);
                    st.offsetError("nested", doc, item, r);
                }
            }
        }
    }

    /** {@code predicted_warnings}: spans verified; a warning without start and end is article-level and skipped. */
    private static List<FigureAttributes.Warn> warnings(GoldDocument doc, ArticleText text, JsonNode pred, Tally st) {
        List<FigureAttributes.Warn> out = new ArrayList<>();
        for (JsonNode w : JsonValues.list(JsonValues.get(pred, "warnings"))) {
            if (w.isObject() && JsonValues.get(w, "start") == null && JsonValues.get(w, "end") == null) continue;
            String reason = text.checkSpan(w);
            if (reason != null) {
                st.offsetError("warnings", doc, w, reason);
                continue;
            }
            out.add(new FigureAttributes.Warn(JsonValues.asLong(w.get("start")), JsonValues.asLong(w.get("end")),
                    JsonValues.normLabel(JsonValues.get(w, "code"))));
        }
        return out;
    }

    /** {@code _warning_codes}: the gold's warning, a string or a list of strings. */
    static List<String> warningCodes(JsonNode g) {
        JsonNode w = JsonValues.get(g, "warning");
        List<String> out = new ArrayList<>();
        if (w != null && w.isTextual()) out.add(w.textValue());
        for (JsonNode x : JsonValues.list(w)) if (x.isTextual()) out.add(x.textValue());
        return out;
    }
}
