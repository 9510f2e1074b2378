package io.newsfacts.indexer;

import java.util.Objects;

/** Counts of the committed index: articles, figures and entities, and the figures per facet. */
public record IndexStats(long articles, long figures, long entities, Facets figuresBy) {
    public IndexStats {
        Objects.requireNonNull(figuresBy, "figuresBy");
    }
}
