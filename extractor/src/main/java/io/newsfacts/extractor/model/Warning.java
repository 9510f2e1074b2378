package io.newsfacts.extractor.model;

import java.util.Objects;

/**
 * Something the reader of the output must know: about a span (a malformed number, …), or, with a null
 * {@code span}, about the whole article (it is not in English, …).
 */
public record Warning(String code, Span span, String message) {
    public static final String MALFORMED_NUMBER = "MALFORMED_NUMBER";
    /** The article is in another language: nothing was mined from it. */
    public static final String NOT_ENGLISH = "NOT_ENGLISH";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A warning about the whole article, not a span of it. */
    public static Warning ofArticle(String code, String message) {
        return new Warning(code, null, message);
    }
}
