/**
 * The {@code newsfacts} command: {@code extract}, {@code index}, {@code search}, {@code show} and {@code stats}.
 * The only package that wires the extractor and the indexer together, prints, and exits. Nothing may depend on
 * it; its entry points are {@link io.newsfacts.cli.Newsfacts#main} and {@link io.newsfacts.cli.Newsfacts#run}.
 */
package io.newsfacts.cli;
