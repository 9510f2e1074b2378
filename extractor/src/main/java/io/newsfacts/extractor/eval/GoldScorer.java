package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Scores predictions against gold documents (score.py's {@code score_gold}); stateless. */
public final class GoldScorer {
    /** Which part to score; null scores both. */
    public enum Only { FIGURES, ENTITIES }

    private GoldScorer() {
    }

    /** Matches JSON Lines predictions to the gold (by id, else by file name) and scores them. */
    public static Score score(List<GoldDocument> docs, List<Prediction> preds, Only only) throws ScoreInputException {
        return score(docs, Assignment.match(docs, preds), only);
    }

    public static Score score(List<GoldDocument> docs, Assignment assignment, Only only) throws ScoreInputException {
        Tally st = new Tally();
        boolean doEnt = only == null || only == Only.ENTITIES;
        boolean doFig = only == null || only == Only.FIGURES;
        ArrayNode notes = ScoreJson.NODES.arrayNode();
        docs.forEach(d -> d.notes().forEach(notes::add));
        for (GoldDocument d : docs) {
            ObjectNode pred = assignment.assigned().get(d.id());
            ObjectNode det = Tally.newDetails(d.id(), pred != null);
            if (pred != null) {
                for (String key : new String[] {"figures", "entities", "warnings"}) {
                    JsonNode v = JsonValues.get(pred, key);
                    if (v != null && !v.isArray()) {
                        throw new ScoreInputException("prediction " + PyText.repr(d.id()) + ": '" + key
                                + "' must be a list");
                    }
                }
            }
            if (doEnt && d.scoresEntities()) EntityScorer.score(d, pred, st, det);
            if (doFig && d.scoresFigures()) FigureScorer.score(d, pred, st, det);
            st.details.add(det);
        }
        ObjectNode r = ScoreJson.NODES.objectNode();
        r.put("scorer", Vocabulary.SCORER);
        r.put("mode", "gold");
        r.put("only", only == null ? null : only.name().toLowerCase(java.util.Locale.ROOT));
        r.set("documents", documents(docs, assignment, doEnt, doFig));
        r.set("offset_errors", offsetErrors(st));
        r.set("entities", doEnt ? entities(st) : ScoreJson.NODES.nullNode());
        r.set("figures", doFig ? figures(st) : ScoreJson.NODES.nullNode());
        r.set("notes", notes);
        return new Score(r, st.details);
    }

    private static ObjectNode documents(List<GoldDocument> docs, Assignment a, boolean doEnt, boolean doFig) {
        ObjectNode d = ScoreJson.NODES.objectNode();
        d.put("gold", docs.size());
        d.put("scored_for_entities", doEnt ? docs.stream().filter(GoldDocument::scoresEntities).count() : 0);
        d.put("scored_for_figures", doFig ? docs.stream().filter(GoldDocument::scoresFigures).count() : 0);
        d.put("with_prediction", a.assigned().size());
        ArrayNode missing = d.putArray("missing_predictions");
        docs.stream().filter(x -> !a.assigned().containsKey(x.id())).forEach(x -> missing.add(x.id()));
        a.unmatched().forEach(d.putArray("predictions_without_gold")::add);
        a.duplicates().forEach(d.putArray("duplicate_predictions")::add);
        return d;
    }

    private static ObjectNode offsetErrors(Tally st) {
        ObjectNode o = ScoreJson.NODES.objectNode();
        ArrayNode all = ScoreJson.NODES.arrayNode();
        for (String s : Tally.OFFSET_SECTIONS) {
            o.put(s, st.offsetErrors.get(s).size());
            all.addAll(st.offsetErrors.get(s));
        }
        o.set("details", all);
        return o;
    }

    private static ObjectNode entities(Tally st) {
        ObjectNode e = ScoreJson.NODES.objectNode();
        e.set("strict", prfTable(st.entities));
        e.set("lenient", prfTable(st.entitiesLenient));
        e.set("subtype", st.subtype.toJson());
        ObjectNode ignored = e.putObject("ignored");
        ignored.put("optional", st.entitiesIgnoredOptional);
        ignored.put("not_scored_spans", st.entitiesIgnoredNotScored);
        return e;
    }

    private static ObjectNode figures(Tally st) {
        ObjectNode f = ScoreJson.NODES.objectNode();
        f.set("detection", prfTable(st.figures));
        f.put("ignored_optional", st.figuresIgnoredOptional);
        f.put("not_figures_fp", st.notFiguresFalsePositives);
        ObjectNode attrs = f.putObject("attributes");
        st.attributes.forEach((k, v) -> attrs.set(k, v.toJson()));
        ObjectNode w = f.putObject("warnings");
        w.put("n", st.warnings.n);
        w.put("found", st.warnings.correct);
        w.put("recall", st.warnings.accuracy());
        w.put("predicted", st.predictedWarnings);
        return f;
    }

    /** One row per key, then their micro average (summed counts). */
    private static ObjectNode prfTable(Map<String, PrfCounter> table) {
        ObjectNode t = ScoreJson.NODES.objectNode();
        PrfCounter micro = new PrfCounter();
        table.forEach((k, c) -> {
            t.set(k, c.toJson());
            micro.add(c);
        });
        t.set("micro", micro.toJson());
        return t;
    }
}
