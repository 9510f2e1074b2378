package io.newsfacts.extractor.time;

import io.newsfacts.extractor.model.Span;

/** A time expression in the text with its ISO bounds ("2020-01".."2020-09", "XXXX-05-21" when the year is unknown). */
public record TimeExpression(Span span, String from, String to, boolean point) {
}
