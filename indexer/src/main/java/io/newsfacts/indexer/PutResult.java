package io.newsfacts.indexer;

/** How many figure and entity documents one {@link FactIndex#put} wrote for its article. */
public record PutResult(int figures, int entities) {
}
