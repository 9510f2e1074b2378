/**
 * Reading articles: bytes to text (UTF-8 with or without BOM, windows-1252 fallback, UTF-16 with BOM) and HTML
 * to article text through jsoup. Refuses, naming the file and the {@link
 * io.newsfacts.extractor.input.UnreadableArticleException.Problem problem}, what is no article: empty, blank,
 * binary, larger than the caller's limit (before reading it), not a regular file. The only I/O of the extractor;
 * used by the CLI.
 */
package io.newsfacts.extractor.input;
