package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Range;
import java.math.BigDecimal;

/**
 * A number found by the grammar, before its relations. {@code first}/{@code last} are the tokens of the whole
 * expression (qualifier, currency sign, number, scale, unit; a range's "between"), what the relations read around;
 * {@code start}/{@code end} are the characters of the figure itself, without qualifier or "between" (a range is
 * one figure: "10-20 yuan", "$10 to $20", "10 and 20 percent" of "between 10 and 20 percent").
 * {@code value} is null when the number is malformed or vague ("thousands of"); a range's {@code value} is its
 * first (lower) end and {@code range} holds both ends.
 */
record NumberMention(int first, int last, int start, int end, FigureKind kind, BigDecimal value, String unit,
        String qualifier, int qualifierFirst, Range range, boolean malformed, boolean approximate, boolean vague) {
}
