/**
 * The extractor's output: immutable, validated records that speak character offsets into the article text
 * (half-open, UTF-16 code units). Used by every module; depends on nothing but the JDK.
 */
package io.newsfacts.extractor.model;
