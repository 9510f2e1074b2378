package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which prediction scores against which gold document (by gold id), and the predictions left over: those that
 * match no gold and those for a gold document that already has one.
 */
public record Assignment(Map<String, ObjectNode> assigned, List<String> unmatched, List<String> duplicates) {
    public Assignment {
        assigned = Collections.unmodifiableMap(new LinkedHashMap<>(assigned));
        unmatched = List.copyOf(unmatched);
        duplicates = List.copyOf(duplicates);
    }

    /** Predictions already paired with their gold (the CLI extracted each gold's own article). */
    public static Assignment direct(Map<String, Prediction> byGoldId) {
        Map<String, ObjectNode> a = new LinkedHashMap<>();
        byGoldId.forEach((id, p) -> a.put(id, p.json()));
        return new Assignment(a, List.of(), List.of());
    }

    /**
     * score.py's {@code match_predictions}: by {@code id}; failing that, by the base name of {@code source.path}
     * (or of the id's last part) against the gold's file, a longer common path suffix breaking ties.
     */
    public static Assignment match(List<GoldDocument> docs, List<Prediction> preds) {
        Map<String, GoldDocument> byId = new HashMap<>();
        Map<String, List<GoldDocument>> byStem = new HashMap<>();
        for (GoldDocument d : docs) {
            byId.put(d.id(), d);
            byStem.computeIfAbsent(GoldFiles.stem(d.filePath().toString()), k -> new ArrayList<>()).add(d);
        }
        Map<String, ObjectNode> assigned = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Prediction pr : preds) {
            ObjectNode p = pr.json();
            String pid = JsonValues.string(p, "id");
            String spath = JsonValues.string(JsonValues.get(p, "source"), "path");
            String label = nonEmpty(pid) ? pid : nonEmpty(spath) ? spath : "line " + pr.line();
            GoldDocument doc = nonEmpty(pid) ? byId.get(pid) : null;
            if (doc == null) {
                doc = byPath(pid, spath, byId, byStem);
            }
            if (doc == null) {
                unmatched.add(label);
            } else if (assigned.containsKey(doc.id())) {
                duplicates.add(label);
            } else {
                assigned.put(doc.id(), p);
            }
        }
        return new Assignment(assigned, unmatched, duplicates);
    }

    private static GoldDocument byPath(String pid, String spath, Map<String, GoldDocument> byId,
            Map<String, List<GoldDocument>> byStem) {
        List<GoldDocument> cands = List.of();
        List<String> ref = List.of();
        if (nonEmpty(spath)) {
            cands = byStem.getOrDefault(GoldFiles.stem(spath), List.of());
            ref = components(spath, true);
        }
        if (cands.isEmpty() && nonEmpty(pid)) {
            List<String> parts = components(pid, false);
            String base = parts.isEmpty() ? pid : parts.get(parts.size() - 1);
            cands = byStem.getOrDefault(base, List.of());
            if (cands.isEmpty() && byId.containsKey(base)) cands = List.of(byId.get(base));
            ref = parts;
        }
        if (cands.size() > 1) {
            int best = -1;
            int bestLen = -1;
            int secondLen = -1;
            // sorted((suffix_len, i), reverse=True): the longest suffix, the last index among equals
            for (int i = 0; i < cands.size(); i++) {
                int len = suffixLen(components(cands.get(i).filePath().toString(), true), ref);
                if (len >= bestLen) {
                    secondLen = bestLen;
                    bestLen = len;
                    best = i;
                } else if (len > secondLen) {
                    secondLen = len;
                }
            }
            if (bestLen > secondLen) cands = List.of(cands.get(best));
        }
        return cands.size() == 1 ? cands.get(0) : null;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /** {@code _components}: the path's parts, without "" and "." (and without the extension when asked). */
    static List<String> components(String path, boolean stripExt) {
        String p = path.replace('\\', '/');
        if (stripExt) p = PyText.withoutExtension(p);
        List<String> out = new ArrayList<>();
        for (String c : p.split("/", -1)) {
            if (!c.isEmpty() && !c.equals(".")) out.add(c);
        }
        return out;
    }

    private static int suffixLen(List<String> a, List<String> b) {
        int n = 0;
        for (int i = a.size() - 1, j = b.size() - 1; i >= 0 && j >= 0; i--, j--) {
            if (!a.get(i).equals(b.get(j))) break;
            n++;
        }
        return n;
    }
}
