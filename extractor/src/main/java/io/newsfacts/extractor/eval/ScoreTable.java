package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Score} as score.py's gold-mode table, line for line. */
public final class ScoreTable {
    private static final int WIDTH = 34;
    private static final String[] DETAIL_KEYS = {"entity_fn", "entity_fp", "subtype_errors", "figure_fn", "figure_fp",
        "attribute_errors", "warnings_missed"};

    private ScoreTable() {
    }

    /** The table (no trailing newline); {@code verbose} lists every offset error and every error by document. */
    public static String render(Score score, boolean verbose) {
        JsonNode r = score.toJson(false);
        List<String> lines = new ArrayList<>();
        JsonNode d = r.get("documents");
        String only = JsonValues.str(r.get("only"));
        lines.add("newsfacts scorer (" + r.get("scorer").textValue() + "), gold mode" + (only != null ? ", only " + only : ""));
        JsonNode missing = d.get("missing_predictions");
        lines.add("Documents: " + d.get("gold") + " gold (" + d.get("scored_for_entities") + " scored for entities, "
                + d.get("scored_for_figures") + " for figures), " + d.get("with_prediction") + " with a prediction, "
                + missing.size() + " missing; " + d.get("predictions_without_gold").size()
                + " predictions without gold, " + d.get("duplicate_predictions").size() + " duplicates");
        if (!missing.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < Math.min(20, missing.size()); i++) ids.add(missing.get(i).textValue());
            lines.add("  missing: " + String.join(", ", ids) + (missing.size() > 20 ? " ..." : ""));
        }
        JsonNode oe = r.get("offset_errors");
        lines.add("Offset errors (counted as false positives): entities " + oe.get("entities") + ", figures "
                + oe.get("figures") + ", warnings " + oe.get("warnings") + ", nested spans " + oe.get("nested"));
        offsetErrors(lines, oe.get("details"), verbose);
        if (!r.get("entities").isNull()) entities(lines, r.get("entities"));
        if (!r.get("figures").isNull()) figures(lines, r.get("figures"));
        if (!r.get("notes").isEmpty()) {
            lines.add("");
            lines.add("Notes:");
            r.get("notes").forEach(n -> lines.add("  " + n.textValue()));
        }
        if (verbose) details(lines, score.details());
        return String.join("\n", lines);
    }

    private static void offsetErrors(List<String> lines, JsonNode det, boolean verbose) {
        int shown = verbose ? det.size() : Math.min(10, det.size());
        for (int i = 0; i < shown; i++) {
            JsonNode x = det.get(i);
            String id = JsonValues.truthy(x.get("id")) ? JsonValues.pyStr(x.get("id")) : "";
            lines.add("    " + x.get("doc").textValue() + " " + x.get("section").textValue() + " " + id + " ["
                    + JsonValues.pyStr(x.get("start")) + "," + JsonValues.pyStr(x.get("end")) + "): "
                    + x.get("reason").textValue());
        }
        if (shown < det.size()) lines.add("    ... " + (det.size() - shown) + " more (--verbose)");
    }

    private static void entities(List<String> lines, JsonNode e) {
        lines.add("");
        lines.add(header("Entities (exact span + type)"));
        for (String t : Vocabulary.ENTITY_TYPES) lines.add(prfRow(t, e.get("strict").get(t)));
        lines.add(prfRow("micro", e.get("strict").get("micro")));
        lines.add(prfRow("lenient micro (overlap + type)", e.get("lenient").get("micro")));
        lines.add(accRow("subtype accuracy (exact matches)", e.get("subtype")));
        lines.add("  ignored predictions: " + e.get("ignored").get("optional") + " matching optional gold, "
                + e.get("ignored").get("not_scored_spans") + " in not_scored_spans");
    }

    private static void figures(List<String> lines, JsonNode f) {
        lines.add("");
        lines.add(header("Figures (overlap + kind, one-to-one)"));
        JsonNode det = f.get("detection");
        for (String k : Vocabulary.KINDS_AND_OTHER) {
            JsonNode row = det.get(k);
            boolean any = row.get("tp").intValue() != 0 || row.get("fp").intValue() != 0 || row.get("fn").intValue() != 0;
            if (!k.equals(Vocabulary.OTHER) || any) lines.add(prfRow(k, row));
        }
        lines.add(prfRow("micro", det.get("micro")));
        lines.add("  ignored predictions: " + f.get("ignored_optional") + " matching optional gold; "
                + f.get("not_figures_fp") + " false positives on not_figures spans");
        lines.add("Attributes over matched pairs" + " ".repeat(8) + String.format(Locale.ROOT, "%13s", "correct/n")
                + "   acc");
        for (String a : Vocabulary.FIGURE_ATTRIBUTES) lines.add(accRow(a, f.get("attributes").get(a)));
        JsonNode w = f.get("warnings");
        lines.add("Warnings on gold figures: " + w.get("found") + "/" + w.get("n") + " found ("
                + num(w.get("recall")).strip() + "); " + w.get("predicted") + " predicted warnings in all");
    }

    private static void details(List<String> lines, JsonNode details) {
        lines.add("");
        lines.add("Details by document:");
        for (JsonNode x : details) {
            boolean predicted = x.get("predicted").booleanValue();
            boolean anyErrors = false;
            for (String k : DETAIL_KEYS) anyErrors |= !x.get(k).isEmpty();
            if (!anyErrors && predicted) continue;
            lines.add("  " + x.get("doc").textValue() + (predicted ? "" : " (no prediction)"));
            for (String k : DETAIL_KEYS) {
                for (JsonNode it : x.get(k)) lines.add("    " + k + ": " + PythonJson.compact(it));
            }
        }
    }

    private static String header(String title) {
        return String.format(Locale.ROOT, "%-" + (WIDTH + 2) + "s%6s%6s%6s  %6s %6s %6s", title, "TP", "FP", "FN", "P",
                "R", "F1");
    }

    private static String prfRow(String name, JsonNode d) {
        return String.format(Locale.ROOT, "  %-" + WIDTH + "s%6d%6d%6d  %s %s %s", name, d.get("tp").intValue(),
                d.get("fp").intValue(), d.get("fn").intValue(), num(d.get("precision")), num(d.get("recall")),
                num(d.get("f1")));
    }

    private static String accRow(String name, JsonNode d) {
        return String.format(Locale.ROOT, "  %-" + WIDTH + "s%6d/%-6d %s", name, d.get("correct").intValue(),
                d.get("n").intValue(), num(d.get("accuracy")));
    }

    /** Python's {@code f"{x:6.3f}"} (the exact binary value rounded half-even), or a dash for null. */
    private static String num(JsonNode x) {
        if (x == null || x.isNull()) return "     -";
        String s = new BigDecimal(x.doubleValue()).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return String.format(Locale.ROOT, "%6s", s);
    }
}
