package io.newsfacts.indexer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures counted per kind, agency (canonical name), place (rolled up: a figure in Xiamen counts for Xiamen and for
 * Fujian, which contains it), predicate lemma and year (a figure whose period spans 2019 and 2020 counts for both).
 * Figures without an agency, place, predicate or known year are not in that map, so a map's counts need not sum
 * to the figure count. Each map iterates from the largest count down, ties by key.
 */
public record Facets(
        Map<String, Long> byKind,
        Map<String, Long> byAgency,
        Map<String, Long> byPlace,
        Map<String, Long> byPredicate,
        Map<String, Long> byYear) {

    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Facets {
        // LinkedHashMap, not Map.copyOf: the order (largest first) is part of the value
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        byAgency = Collections.unmodifiableMap(new LinkedHashMap<>(byAgency));
        byPlace = Collections.unmodifiableMap(new LinkedHashMap<>(byPlace));
        byPredicate = Collections.unmodifiableMap(new LinkedHashMap<>(byPredicate));
        byYear = Collections.unmodifiableMap(new LinkedHashMap<>(byYear));
    }

    /** The five maps by name, in a fixed order: kind, agency, place, predicate, year. */
    public Map<String, Map<String, Long>> byName() {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        all.put("kind", byKind);
        all.put("agency", byAgency);
        all.put("place", byPlace);
        all.put("predicate", byPredicate);
        all.put("year", byYear);
        return Collections.unmodifiableMap(all);
    }
}
