package io.newsfacts.indexer;

/**
 * One search: a classic query-parser query (null or blank matches every figure and entity), an optional
 * {@code kind} (a figure kind such as {@code COUNT} or an entity type such as {@code PLACE}, case-insensitive),
 * optional inclusive bounds on a figure's value (either bound leaves out entities, which have no value) and the
 * most hits to return.
 */
public record SearchRequest(String query, String kind, Double min, Double max, int limit) {
    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (min != null && min.isNaN() || max != null && max.isNaN()) {
            throw new IllegalArgumentException("min and max must be numbers, were " + min + " and " + max);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }
}
