package io.newsfacts.extractor.model;

import java.util.Objects;

/** Something the reader of the output must know about a span (a malformed number, …). */
public record Warning(String code, Span span, String message) {
    public static final String MALFORMED_NUMBER = "MALFORMED_NUMBER";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
