/**
 * The extractor's entry point: {@link io.newsfacts.extractor.Extractor} loads the models once and runs the
 * stages (dateline, entities, figures) over an article. Knows nothing of Lucene or picocli.
 */
package io.newsfacts.extractor;
