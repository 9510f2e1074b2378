/**
 * Reading articles: bytes to text (UTF-8 with or without BOM, windows-1252 fallback, UTF-16 with BOM) and HTML
 * to article text through jsoup. The only I/O of the extractor; used by the CLI.
 */
package io.newsfacts.extractor.input;
