/**
 * Stores extracted {@link io.newsfacts.extractor.model.Article}s in an embedded Lucene index and searches their
 * figures and entities. {@link io.newsfacts.indexer.FactIndex} is the whole entry point; everything it returns
 * is a plain record of this package, so callers (the CLI) never see a Lucene type and the field layout stays
 * private to {@code DocumentLayout}.
 *
 * <p>Search syntax is Lucene's classic query parser. Bare words search the {@code text} field (a figure's
 * counted phrase, predicate and lemma and its sentence; an entity's mention and canonical name). Fields a query
 * may name: {@code sentence}, {@code counted}, {@code predicate} (analysed English text); {@code type}
 * ({@code figure}|{@code entity}), {@code kind} (figure kind or entity type), {@code unit}, {@code agency},
 * {@code place}, {@code subtype}, {@code canonical} (whole-value keywords, case-insensitive: quote values with
 * spaces, {@code agency:"ministry of public security"}); {@code article}, {@code id} (exact, case-sensitive);
 * {@code value} (a number or a range, {@code value:[1000 TO *]}).
 */
package io.newsfacts.indexer;
