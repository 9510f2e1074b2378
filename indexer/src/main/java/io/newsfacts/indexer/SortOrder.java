package io.newsfacts.indexer;

/**
 * The order of search hits. Ties are always broken by article id, then position in the article, so a result is
 * the same whatever the segments look like; hits without the sort key (entities have no value, articles may
 * have no known date) come last.
 */
public enum SortOrder {
    /** Best match first. */
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
