/**
 * The figure stage: a number grammar over tokens (digits, number words, scales, units, ranges, qualifiers) and
 * the relations of each figure (counted phrase, predicate, period, change, "respectively", part-of).
 */
package io.newsfacts.extractor.figures;
