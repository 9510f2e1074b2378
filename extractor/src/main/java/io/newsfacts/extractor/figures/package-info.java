/**
 * The figure stage: a number grammar over a sentence's pieces (tokens with numbers split from glued units, see
 * {@code Piece}): digits and number words with scales, fractions and signs ({@code DigitNumber},
 * {@code NumberPhrase}), currencies ({@code Currencies}) and units ({@code Units}), ranges, qualifiers and vague
 * amounts ({@code NumberGrammar}), what is not a figure ({@code NotFigures}, {@code Codes}, {@code Conversions});
 * then the relations of each figure (counted phrase, predicate, period, change, "respectively", part-of). Used
 * by the extractor only; {@link io.newsfacts.extractor.figures.FigureStage} is its entry point.
 */
package io.newsfacts.extractor.figures;
