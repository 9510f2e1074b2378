package io.newsfacts.extractor.model;

import java.util.Objects;

/** The article's dateline ("Beijing, October 26"): its place and its date as ISO ("--10-26" without a year). */
public record Dateline(Span span, String place, String date) {
    public Dateline {
        Objects.requireNonNull(span, "span");
    }
}
