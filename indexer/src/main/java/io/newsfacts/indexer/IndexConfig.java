package io.newsfacts.indexer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the index lives and, for writing, whether to start it afresh; the indexer's one configuration record,
 * built by the CLI.
 *
 * @param directory the index folder
 * @param rebuild   when opening for writing: discard whatever the folder holds (an older index format too) and
 *                  start an empty index; ignored by read-only opens
 */
public record IndexConfig(Path directory, boolean rebuild) {
    public IndexConfig {
        Objects.requireNonNull(directory, "directory");
    }

    /** The folder, kept as it is when opened for writing. */
    public IndexConfig(Path directory) {
        this(directory, false);
    }
}
