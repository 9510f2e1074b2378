package io.newsfacts.cli;

import io.newsfacts.extractor.Extractor;

/** One caching loader for the batch test classes: the models load once per test JVM, not once per class. */
final class SharedModels {
    private static final ExtractorLoader LOADER = ExtractorLoader.caching(Extractor::load);

    private SharedModels() {
    }

    static ExtractorLoader loader() {
        return LOADER;
    }
}
