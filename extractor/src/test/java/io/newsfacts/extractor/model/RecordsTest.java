package io.newsfacts.extractor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invalid records cannot exist: spans must be their text's slice, references must resolve. */
class RecordsTest {
    private static final String TEXT = "Police arrested 22 suspects.";
    private static final Source SOURCE = new Source("a.txt", "0".repeat(64), TEXT.length(), "UTF-8");

    private static Figure figure(String id, Span span, String partOf) {
        return new Figure(id, FigureKind.COUNT, span, BigDecimal.valueOf(22), null, null, null, null, null, null,
                null, null, null, null, partOf, false, 0);
    }

    @Test
    void spanOutsideTheTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(TEXT, 20, 40));
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 3, "Police"));
    }

    @Test
    void articleRejectsASpanWhoseTextIsNotItsSlice() {
        Figure wrong = figure("f1", new Span(16, 18, "99"), null);
        assertThrows(IllegalArgumentException.class, () -> new Article("a", SOURCE, "en", TEXT, List.of(), null,
                null, List.of(wrong), List.of(), List.of()));
    }

    @Test
    void articleRejectsAReferenceToAMissingFigure() {
        Figure f = figure("f1", Span.of(TEXT, 16, 18), "f9");
        assertThrows(IllegalArgumentException.class, () -> new Article("a", SOURCE, "en", TEXT, List.of(), null,
                null, List.of(f), List.of(), List.of()));
    }

    @Test
    void articleCopiesItsLists() {
        java.util.ArrayList<Figure> figures = new java.util.ArrayList<>(List.of(figure("f1", Span.of(TEXT, 16, 18), null)));
        Article a = new Article("a", SOURCE, "en", TEXT, List.of(), null, null, figures, List.of(), List.of());
        figures.clear();
        assertEquals(1, a.figures().size());
        assertThrows(UnsupportedOperationException.class, () -> a.figures().clear());
    }
}
