package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Range;
import java.math.BigDecimal;

/**
 * A number found by the grammar, before its relations. {@code first}/{@code last} are the tokens of the whole
 * expression (currency sign, number, scale, unit; both ends of a range), what the relations read around;
 * {@code start}/{@code end} are the characters of this figure itself (one end of a range is a figure of its own).
 * {@code value} is null when the number is malformed or vague ("thousands of"); {@code range} is set on both ends
 * of a range.
 */
record NumberMention(int first, int last, int start, int end, FigureKind kind, BigDecimal value, String unit,
        String qualifier, int qualifierFirst, Range range, boolean malformed, boolean approximate, boolean vague) {
}
