package io.newsfacts.indexer;

import java.nio.file.Path;
import java.util.Objects;

/** Where the index lives; the indexer's one configuration record, built by the CLI. */
public record IndexConfig(Path directory) {
    public IndexConfig {
        Objects.requireNonNull(directory, "directory");
    }
}
