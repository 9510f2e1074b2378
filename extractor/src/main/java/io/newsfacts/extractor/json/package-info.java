/** The JSON Lines output contract (newsfacts/1): records to JSON and back. Used by the CLI and the indexer. */
package io.newsfacts.extractor.json;
