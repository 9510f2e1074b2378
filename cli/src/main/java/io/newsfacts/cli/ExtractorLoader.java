package io.newsfacts.cli;

import io.newsfacts.extractor.Extractor;
import io.newsfacts.extractor.ExtractorConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads an {@link Extractor} for a config: the command loads afresh each run, tests share one per class. */
@FunctionalInterface
public interface ExtractorLoader {
    Extractor load(ExtractorConfig config);

    /** A loader that loads each distinct config once and hands out the same extractor afterwards. */
    static ExtractorLoader caching(ExtractorLoader loader) {
        Map<ExtractorConfig, Extractor> loaded = new ConcurrentHashMap<>();
        return config -> loaded.computeIfAbsent(config, loader::load);
    }
}
