package io.newsfacts.extractor.model;

import java.util.Objects;

/**
 * One entity mention. Mentions of one thing share {@code canonical}; {@code parent} (an agency's organization)
 * and {@code within} (a place's enclosing place) are ids of other mentions of the same article.
 * {@code title} and {@code role} are for persons, {@code value} the ISO form of a DATE.
 */
public record Entity(
        String id,
        EntityType type,
        EntitySubtype subtype,
        Span span,
        String canonical,
        String parent,
        String within,
        String title,
        String role,
        String agency,
        String value) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(canonical, "canonical");
        if (span.text().isBlank()) {
            throw new IllegalArgumentException("blank entity at " + span.start());
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
