package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Range;
import java.math.BigDecimal;

/**
 * A number found by the grammar, before its relations: tokens [first, last] of its sentence (number, scale and
 * unit, a currency sign before it), its kind, value (null when malformed), unit, qualifier, range.
 */
record NumberMention(int first, int last, int numberFirst, int numberLast, FigureKind kind, BigDecimal value,
        String unit, String qualifier, int qualifierFirst, Range range, boolean malformed, boolean approximate) {
}
