package io.newsfacts.extractor.model;

import java.util.Objects;

/** Where an article came from: its path, the SHA-256 of its bytes, its length in chars and how it was decoded. */
public record Source(String path, String sha256, int chars, String encoding) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
    }
}
