package io.newsfacts.indexer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of the committed index. {@code byKind}, {@code byAgency} and {@code byPlace} count figures (not
 * entities) per figure kind, agency canonical name and place text; figures without an agency or place are not
 * in those maps. Each map iterates from the largest count down, ties by key.
 */
public record IndexStats(
        long articles,
        long figures,
        long entities,
        Map<String, Long> byKind,
        Map<String, Long> byAgency,
        Map<String, Long> byPlace) {

    public IndexStats {
        // LinkedHashMap, not Map.copyOf: the order (largest first) is part of the value
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        byAgency = Collections.unmodifiableMap(new LinkedHashMap<>(byAgency));
        byPlace = Collections.unmodifiableMap(new LinkedHashMap<>(byPlace));
    }
}
