/**
 * Stores extracted {@link io.newsfacts.extractor.model.Article}s in an embedded Lucene index and searches their
 * figures and entities. {@link io.newsfacts.indexer.FactIndex} is the whole entry point ({@code open} to write,
 * {@code openReadOnly} to search while another process writes); everything it returns is a plain record of this
 * package, so callers (the CLI) never see a Lucene type and the field layout stays private to
 * {@code DocumentLayout}.
 *
 * <p>The query language is Lucene's classic syntax (words, "phrases", AND/OR/NOT, parentheses, field:value; AND is
 * the default operator) with quantities understood before it: {@code value>10000}, {@code >1 billion yuan},
 * {@code between 10 and 20 percent}, {@code value:[1e9 TO *]} ({@code QuantityRewriter}), and fields parsed for
 * what they hold ({@code FactQueryParser}): {@code text} (default: a figure's counted phrase, predicate, lemma and
 * sentence; an entity's mentions and canonical name; {@code sentence} is the same field), {@code counted},
 * {@code predicate} (analysed English, with the lemma); {@code kind}, {@code unit} (unit words read as codes: {@code unit:yuan} is
 * CNY), {@code agency}, {@code place} (whole names, case-insensitive, matching sub-units and contained places),
 * {@code subtype}, {@code canonical}; {@code type} ({@code figure}|{@code entity}), {@code article}, {@code id}
 * (exact); {@code value} (numbers and ranges), {@code period} (figures whose period overlaps a year, month or
 * day), {@code date} (the article's date). Patterns and term ranges are bounded ({@code QueryCost}); facets are
 * counted by {@code FacetCounter}; {@code HighlightQuery} keeps the clauses that can be shown in a sentence.
 */
package io.newsfacts.indexer;
