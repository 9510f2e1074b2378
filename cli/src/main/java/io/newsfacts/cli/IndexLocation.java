package io.newsfacts.cli;

import io.newsfacts.indexer.IndexConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Mixin {@code --index DIR}: where index, search, show and stats find the index. Search, show and stats open it
 * read-only (no lock, nothing written), so they work while an index run is writing to the same folder; a folder
 * without an index is reported by the indexer ({@code no index at DIR (build one with: …)}, exit 1).
 */
final class IndexLocation {
    static final String DEFAULT = "newsfacts-index";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Index folder (default: ./${DEFAULT-VALUE}).")
    Path directory;

    IndexConfig config() {
        return new IndexConfig(directory);
    }
}
