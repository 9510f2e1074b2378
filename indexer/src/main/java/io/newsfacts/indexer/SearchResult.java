package io.newsfacts.indexer;

import java.util.List;
import java.util.Objects;

/**
 * One page of hits.
 *
 * @param total      how many figures and entities match; a lower bound when {@code totalExact} is false (counting
 *                   stops early when no facets are asked for, so that a broad query stays fast)
 * @param totalExact whether {@code total} is exact
 * @param hits       the requested page, in the requested order
 * @param facets     counts of the whole matching set, or {@link Facets#NONE} when not requested
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, Facets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }
}
