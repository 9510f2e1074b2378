package io.newsfacts.extractor.model;

import java.util.Objects;

/** The verb that governs a figure ("were arrested": text "arrested", lemma "arrest"). */
public record Predicate(Span span, String lemma) {
    public Predicate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
    }
}
