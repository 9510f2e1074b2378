package io.newsfacts.extractor.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The ends of a figure given as a range ("between 10 and 20", "10-20 yuan"); the range is one figure, whose
 * {@code value} is {@code from}.
 */
public record Range(BigDecimal from, BigDecimal to) {
    public Range {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
