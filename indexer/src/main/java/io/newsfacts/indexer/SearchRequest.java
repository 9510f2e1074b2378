package io.newsfacts.indexer;

/**
 * One search.
 *
 * @param query  the query language of the README (null or blank matches every figure and entity)
 * @param kind   only this figure kind ({@code COUNT}, …) or entity type ({@code PLACE}, …), case-insensitive; or null
 * @param min    inclusive lower bound on a figure's value (leaves out entities, which have none), or null
 * @param max    inclusive upper bound on a figure's value, or null
 * @param from   only hits of articles dated on or after the first day of this date, or null
 * @param to     only hits of articles dated on or before the last day of this date, or null
 * @param sort   the order of hits
 * @param offset how many hits of that order to skip (paging)
 * @param limit  the most hits to return
 * @param facets whether to count the whole matching set by kind, agency, place, predicate and year
 */
public record SearchRequest(String query, String kind, Double min, Double max, PartialDate from, PartialDate to,
        SortOrder sort, int offset, int limit, boolean facets) {

    /** Beyond this many hits (offset plus limit) a search is refused: deep pages cost memory for nothing. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        if (sort == null) {
            sort = SortOrder.RELEVANCE;
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset plus limit may be at most " + MAX_WINDOW + ", was "
                    + ((long) offset + limit) + "; narrow the query instead of paging this deep");
        }
        if (min != null && min.isNaN() || max != null && max.isNaN()) {
            throw new IllegalArgumentException("min and max must be numbers, were " + min + " and " + max);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (from != null && to != null && from.first() > to.last()) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The query with no filters, by relevance, first {@code limit} hits, no facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, SortOrder.RELEVANCE, 0, limit, false);
    }

    /** The same request with {@code kind}, {@code min} and {@code max} filters. */
    public SearchRequest withFilters(String kind, Double min, Double max) {
        return new SearchRequest(query, kind, min, max, from, to, sort, offset, limit, facets);
    }

    /** The same request limited to articles dated in [from, to] (either may be null). */
    public SearchRequest withDates(PartialDate from, PartialDate to) {
        return new SearchRequest(query, kind, min, max, from, to, sort, offset, limit, facets);
    }

    /** The same request in another order. */
    public SearchRequest withSort(SortOrder sort) {
        return new SearchRequest(query, kind, min, max, from, to, sort, offset, limit, facets);
    }

    /** The same request, skipping the first {@code offset} hits. */
    public SearchRequest withOffset(int offset) {
        return new SearchRequest(query, kind, min, max, from, to, sort, offset, limit, facets);
    }

    /** The same request, with or without facet counts. */
    public SearchRequest withFacets(boolean facets) {
        return new SearchRequest(query, kind, min, max, from, to, sort, offset, limit, facets);
    }
}
