package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute checks on one matched (gold, predicted) figure pair (score.py's {@code figure_attributes}): each
 * field the gold gives and does not list in {@code optional_fields} is right or wrong.
 */
final class FigureAttributes {
    /** One scored field: whether it was right, and the gold and predicted values (for the details). */
    record Check(String field, boolean ok, JsonNode gold, JsonNode pred) {
    }

    /** What the checks need to know about the predicted article. */
    record Context(Map<String, JsonNode> figuresById, List<Warn> warnings, Set<JsonNode> badNested) {
        boolean warningOverlaps(long s, long e, String code) {
            for (Warn w : warnings) {
                if (Math.min(e, w.end) - Math.max(s, w.start) > 0 && (code == null || code.equals(w.code))) {
                    return true;
                }
            }
            return false;
        }

        /** A nested span object whose text is not the article's is wrong whatever it says. */
        boolean nestedOk(JsonNode x) {
            return x == null || !x.isObject() || !badNested.contains(x);
        }
    }

    /** A predicted warning with a verified span; code upper-cased (null when it has none). */
    record Warn(long start, long end, String code) {
    }

    private static final Map<String, List<String>> OPTIONAL_ALIASES = Map.of(
            "part_of", List.of("partOf"), "partof", List.of("partOf"),
            "change", List.of("change.direction", "change.basis"),
            "direction", List.of("change.direction"), "basis", List.of("change.basis"));

    private FigureAttributes() {
    }

    /** {@code optional_fields}, with score.py's aliases ("part_of", "change", …) resolved. */
    static Set<String> optionalFields(JsonNode g) {
        Set<String> out = new HashSet<>();
        JsonNode fields = JsonValues.get(g, "optional_fields");
        List<String> names = new ArrayList<>();
        if (fields != null && fields.isArray()) {
            for (JsonNode f : fields) if (f.isTextual()) names.add(f.textValue());
        } else if (fields != null && fields.isTextual()) {
            fields.textValue().codePoints().forEach(cp -> names.add(new String(Character.toChars(cp))));
        } else if (fields != null && fields.isObject()) {
            fields.fieldNames().forEachRemaining(names::add);
        }
        for (String f : names) out.addAll(OPTIONAL_ALIASES.getOrDefault(PyText.lower(f), List.of(f)));
        return out;
    }

    static List<Check> check(JsonNode g, JsonNode f, Context ctx) {
        Set<String> opt = optionalFields(g);
        List<Check> out = new ArrayList<>();
        long gs = JsonValues.asLong(g.get("start"));
        long ge = JsonValues.asLong(g.get("end"));
        if (g.has("value") && !opt.contains("value")) {
            JsonNode gv = JsonValues.get(g, "value");
            JsonNode pv = JsonValues.get(f, "value");
            boolean ok = gv == null ? pv == null && ctx.warningOverlaps(gs, ge, null) : valuesEqual(pv, gv);
            out.add(new Check("value", ok, gv, pv));
        }
        JsonNode gu = JsonValues.get(g, "unit");
        if (gu != null && !opt.contains("unit")) {
            JsonNode pu = JsonValues.get(f, "unit");
            boolean ok = pu != null && pu.isTextual() && PyText.lower(PyText.strip(pu.textValue()))
                    .equals(PyText.lower(PyText.strip(JsonValues.pyStr(gu))));
            out.add(new Check("unit", ok, gu, pu));
        }
        JsonNode gq = JsonValues.get(g, "qualifier");
        if (gq != null && !opt.contains("qualifier")) {
            JsonNode pq = JsonValues.get(f, "qualifier");
            boolean ok = pq != null && pq.isTextual()
                    && TextMatch.phrase(pq.textValue()).equals(TextMatch.phrase(JsonValues.str(gq)));
            out.add(new Check("qualifier", ok, gq, pq));
        }
        String gc = JsonValues.textOf(JsonValues.get(g, "counted"));
        if (gc != null && !gc.isEmpty() && !opt.contains("counted")) {
            JsonNode pc = JsonValues.get(f, "counted");
            boolean ok = ctx.nestedOk(pc) && TextMatch.countedMatch(gc, JsonValues.textOf(pc));
            out.add(new Check("counted", ok, text(gc), pc));
        }
        String gp = JsonValues.textOf(JsonValues.get(g, "predicate"));
        if (gp != null && !gp.isEmpty() && !opt.contains("predicate")) {
            JsonNode pp = JsonValues.get(f, "predicate");
            boolean ok = ctx.nestedOk(pp) && TextMatch.predicateMatch(gp, predicateCandidates(pp));
            out.add(new Check("predicate", ok, text(gp), pp));
        }
        String gper = JsonValues.textOf(JsonValues.get(g, "period"));
        if (gper != null && !gper.isEmpty() && !opt.contains("period")) {
            JsonNode pper = JsonValues.get(f, "period");
            boolean ok = ctx.nestedOk(pper) && TextMatch.periodMatch(gper, JsonValues.textOf(pper));
            out.add(new Check("period", ok, text(gper), pper));
        }
        reference(g, f, ctx, opt, "of", new String[] {"of"}, out);
        reference(g, f, ctx, opt, "partOf", new String[] {"partOf", "part_of"}, out);
        String gd = JsonValues.changeDirection(g);
        if (gd != null && !gd.isEmpty() && !opt.contains("change.direction")) {
            String pd = JsonValues.changeDirection(f);
            out.add(new Check("change.direction", pd != null && TextMatch.phrase(pd).equals(TextMatch.phrase(gd)),
                    text(gd), text(pd)));
        }
        String gb = JsonValues.changeBasis(g);
        if (gb != null && !gb.isEmpty() && !opt.contains("change.basis")) {
            String pb = JsonValues.changeBasis(f);
            out.add(new Check("change.basis", pb != null && TextMatch.phrase(pb).equals(TextMatch.phrase(gb)),
                    text(gb), text(pb)));
        }
        return out;
    }

    /** of / partOf: the predicted reference names a figure whose span contains the gold's target offset. */
    private static void reference(JsonNode g, JsonNode f, Context ctx, Set<String> opt, String field,
            String[] keys, List<Check> out) {
        JsonNode goff = JsonValues.firstPresent(g, keys);
        if (goff == null || opt.contains(field)) return;
        JsonNode ref = JsonValues.firstPresent(f, keys);
        JsonNode target = ref != null && ref.isTextual() ? ctx.figuresById().get(ref.textValue()) : null;
        boolean ok = false;
        if (target != null && JsonValues.isInt(JsonValues.get(target, "start"))
                && JsonValues.isInt(JsonValues.get(target, "end"))) {
            long off = JsonValues.asLong(goff);
            ok = JsonValues.asLong(target.get("start")) <= off && off < JsonValues.asLong(target.get("end"));
        }
        out.add(new Check(field, ok, goff, ref));
    }

    /** {@code predicate_candidates}: the lemma and the text of a predicate object, or a plain string. */
    static List<String> predicateCandidates(JsonNode x) {
        List<String> out = new ArrayList<>();
        if (x == null) return out;
        if (x.isTextual()) {
            out.add(x.textValue());
        } else if (x.isObject()) {
            for (String k : new String[] {"lemma", "text"}) {
                String v = JsonValues.string(x, k);
                if (v != null) out.add(v);
            }
        }
        return out;
    }

    /** {@code values_equal}: both numbers, equal within a relative 1e-6 ({@code math.isclose}). */
    static boolean valuesEqual(JsonNode pred, JsonNode gold) {
        if (!JsonValues.isNumber(pred) || !JsonValues.isNumber(gold)) return false;
        double a = pred.doubleValue();
        double b = gold.doubleValue();
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(1e-6 * b) || diff <= Math.abs(1e-6 * a);
    }

    private static JsonNode text(String s) {
        return s == null ? null : ScoreJson.NODES.textNode(s);
    }
}
