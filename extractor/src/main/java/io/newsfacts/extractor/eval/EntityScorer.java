package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Entities of one document (score.py's {@code score_entities_doc}): strict = exact span and type, lenient = any
 * overlap with the same type (one-to-one, largest overlap first), subtype accuracy over strict matches. Optional
 * gold is neither found nor missed; predictions on not_scored_spans are ignored; DATE is not scored.
 */
final class EntityScorer {
    private record Gold(long start, long end, String type, boolean optional, JsonNode json) {
    }

    private record Pred(long start, long end, String type, JsonNode json) {
    }

    private record Key(long start, long end, String type) {
    }

    private record Pair(long overlap, long distance, int pi, int gi) {
    }

    private static final Comparator<Pair> LARGEST_OVERLAP_FIRST = Comparator.comparingLong((Pair p) -> -p.overlap)
            .thenComparingLong(Pair::distance).thenComparingInt(Pair::pi).thenComparingInt(Pair::gi);

    private final GoldDocument doc;
    private final Tally st;
    private final ObjectNode det;
    private final List<GoldDocument.Bounds> notScored;

    private EntityScorer(GoldDocument doc, Tally st, ObjectNode det) {
        this.doc = doc;
        this.st = st;
        this.det = det;
        this.notScored = doc.notScored();
    }

    static void score(GoldDocument doc, JsonNode pred, Tally st, ObjectNode det) {
        new EntityScorer(doc, st, det).score(pred);
    }

    private void score(JsonNode pred) {
        List<Gold> gold = new ArrayList<>();
        for (JsonNode g : doc.entities()) {
            String t = JsonValues.normLabel(JsonValues.get(g, "type"));
            if (Vocabulary.ENTITY_TYPES.contains(t)) {
                gold.add(new Gold(JsonValues.asLong(g.get("start")), JsonValues.asLong(g.get("end")), t,
                        JsonValues.truthy(JsonValues.get(g, "optional")), g));
            }
        }
        List<Pred> valid = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        ArticleText text = doc.articleText();
        for (JsonNode e : JsonValues.list(JsonValues.get(pred, "entities"))) {
            if (e.isObject() && !Vocabulary.ENTITY_TYPES.contains(JsonValues.normLabel(JsonValues.get(e, "type")))) {
                continue; // DATE and other types are not scored
            }
            String reason = text.checkSpan(e);
            if (reason != null) {
                st.offsetError("entities", doc, e, reason);
                bad.add(e.isObject() ? JsonValues.normLabel(JsonValues.get(e, "type")) : null);
                continue;
            }
            valid.add(new Pred(JsonValues.asLong(e.get("start")), JsonValues.asLong(e.get("end")),
                    JsonValues.normLabel(e.get("type")), e));
        }
        strict(gold, valid, bad);
        lenient(gold, valid, bad);
    }

    private boolean inNotScored(long s, long e) {
        return notScored.stream().anyMatch(b -> b.overlaps(s, e));
    }

    private void strict(List<Gold> gold, List<Pred> valid, List<String> bad) {
        Map<Key, List<Integer>> byKey = new HashMap<>();
        Set<Key> optionalKeys = new HashSet<>();
        Set<Integer> matched = new HashSet<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            Key k = new Key(g.start, g.end, g.type);
            if (g.optional) {
                optionalKeys.add(k);
            } else {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(gi);
            }
        }
        for (Pred p : valid) {
            Key k = new Key(p.start, p.end, p.type);
            Integer free = byKey.getOrDefault(k, List.of()).stream().filter(gi -> !matched.contains(gi))
                    .findFirst().orElse(null);
            if (free != null) {
                matched.add(free);
                st.entities.get(p.type).tp++;
                subtype(gold.get(free).json, p.json);
            } else if (optionalKeys.contains(k)) {
                st.entitiesIgnoredOptional++;
            } else if (inNotScored(p.start, p.end)) {
                st.entitiesIgnoredNotScored++;
            } else {
                st.entities.get(p.type).fp++;
                ((ArrayNode) det.get("entity_fp")).add(Tally.brief(p.json));
            }
        }
        for (String t : bad) {
            if (t != null && Vocabulary.ENTITY_TYPES.contains(t)) st.entities.get(t).fp++;
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            if (!g.optional && !matched.contains(gi)) {
                st.entities.get(g.type).fn++;
                ((ArrayNode) det.get("entity_fn")).add(Tally.brief(g.json));
            }
        }
    }

    private void subtype(JsonNode gold, JsonNode pred) {
        JsonNode gsub = JsonValues.get(gold, "subtype");
        if (gsub == null) return;
        boolean ok = Objects.equals(JsonValues.normLabel(JsonValues.get(pred, "subtype")), JsonValues.normLabel(gsub));
        st.subtype.add(ok);
        if (!ok) {
            ObjectNode err = ((ArrayNode) det.get("subtype_errors")).addObject();
            ObjectNode g = Tally.brief(gold);
            g.set("subtype", gsub.deepCopy());
            err.set("gold", g);
            err.set("pred_subtype", Tally.copy(JsonValues.get(pred, "subtype")));
        }
    }

    private void lenient(List<Gold> gold, List<Pred> valid, List<String> bad) {
        List<Pair> pairs = new ArrayList<>();
        for (int pi = 0; pi < valid.size(); pi++) {
            Pred p = valid.get(pi);
            for (int gi = 0; gi < gold.size(); gi++) {
                Gold g = gold.get(gi);
                if (!g.optional && g.type.equals(p.type)) {
                    long ov = Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
                    if (ov > 0) pairs.add(new Pair(ov, Math.abs(p.start - g.start) + Math.abs(p.end - g.end), pi, gi));
                }
            }
        }
        pairs.sort(LARGEST_OVERLAP_FIRST);
        Set<Integer> pm = new HashSet<>();
        Set<Integer> gm = new HashSet<>();
        for (Pair x : pairs) {
            if (!pm.contains(x.pi) && !gm.contains(x.gi)) {
                pm.add(x.pi);
                gm.add(x.gi);
                st.entitiesLenient.get(valid.get(x.pi).type).tp++;
            }
        }
        for (int pi = 0; pi < valid.size(); pi++) {
            if (pm.contains(pi)) continue;
            Pred p = valid.get(pi);
            boolean onOptional = gold.stream().anyMatch(g -> g.optional && g.type.equals(p.type)
                    && Math.min(p.end, g.end) - Math.max(p.start, g.start) > 0);
            if (onOptional || inNotScored(p.start, p.end)) continue;
            st.entitiesLenient.get(p.type).fp++;
        }
        for (String t : bad) {
            if (t != null && Vocabulary.ENTITY_TYPES.contains(t)) st.entitiesLenient.get(t).fp++;
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            if (!g.optional && !gm.contains(gi)) st.entitiesLenient.get(g.type).fn++;
        }
    }
}
