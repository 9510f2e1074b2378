package io.newsfacts.extractor.input;

import java.util.Objects;

/**
 * An article's text ready for extraction: its stable id (path relative to the input root, without extension),
 * the path it came from, the SHA-256 of its bytes, how they were decoded, and a publication date found in its
 * markup (ISO, may be null).
 */
public record DecodedArticle(String id, String path, String text, String sha256, String encoding, String date) {
    public DecodedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
    }
}
