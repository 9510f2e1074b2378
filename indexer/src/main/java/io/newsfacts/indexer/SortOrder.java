package io.newsfacts.indexer;

/**
 * The order of search hits. Ties are always broken by article id, then position in the article, so a result is
 * the same whatever the segments look like; hits without the sort key (entities have no value, articles may
 * have no known date) come last.
 */
public enum SortOrder {
    /**
     * Best match first. A query without words (filters only) scores all its hits alike, so they come in the
     * order they were indexed: for a folder, path order; an article indexed again moves to the end.
     */
    RELEVANCE,
    /** Largest value first. */
    VALUE,
    /** Smallest value first. */
    VALUE_ASC,
    /** Latest article date first. */
    DATE,
    /** Earliest article date first. */
    DATE_ASC
}
