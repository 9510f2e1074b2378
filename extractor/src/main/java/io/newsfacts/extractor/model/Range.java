package io.newsfacts.extractor.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A figure given as a range ("between 10 and 20"). */
public record Range(BigDecimal from, BigDecimal to) {
    public Range {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
