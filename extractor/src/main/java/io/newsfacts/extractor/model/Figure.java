package io.newsfacts.extractor.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure: a number with what it measures, what it counts, what happened, when, who and where.
 * {@code value} is null only when the number is malformed (a warning says why). {@code agency} and {@code of},
 * {@code partOf} are ids of other entries of the same article.
 */
public record Figure(
        String id,
        FigureKind kind,
        Span span,
        BigDecimal value,
        String unit,
        String qualifier,
        Range range,
        Span counted,
        Predicate predicate,
        Period period,
        Span place,
        String agency,
        Change change,
        String of,
        String partOf,
        boolean approximate,
        int sentence) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index " + sentence);
        }
        if (counted != null && counted.overlaps(span)) {
            throw new IllegalArgumentException("counted phrase overlaps the figure " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public String text() {
        return span.text();
    }
}
