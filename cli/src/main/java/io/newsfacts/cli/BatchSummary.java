package io.newsfacts.cli;

import java.util.Locale;

/** What a batch did: articles extracted, their figures and entities, inputs that failed, seconds taken. */
record BatchSummary(long articles, long figures, long entities, long failures, double seconds) {
    /** The line that ends each batch on stderr. */
    String line() {
        return String.format(Locale.ROOT, "newsfacts: %d articles, %d figures, %d entities, %d failures, %.1f s",
                articles, figures, entities, failures, seconds);
    }
}
