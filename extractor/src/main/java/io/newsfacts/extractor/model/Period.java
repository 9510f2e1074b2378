package io.newsfacts.extractor.model;

import java.util.Objects;

/**
 * The time a figure refers to: its text in the article and ISO bounds ("2020-01".."2020-09"); an unknown year
 * is written XXXX ("XXXX-01"), never guessed.
 */
public record Period(Span span, String from, String to) {
    public Period {
        Objects.requireNonNull(span, "span");
    }
}
