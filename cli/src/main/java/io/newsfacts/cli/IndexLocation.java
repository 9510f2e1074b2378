package io.newsfacts.cli;

import io.newsfacts.indexer.IndexConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Mixin {@code --index DIR}: where index, search, show and stats find the index. */
final class IndexLocation {
    static final String DEFAULT = "newsfacts-index";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Index folder (default: ./${DEFAULT-VALUE}).")
    Path directory;

    IndexConfig config() {
        return new IndexConfig(directory);
    }

    /** True when the index folder exists; otherwise says so on {@code err}, for commands that only read it. */
    boolean existsOrReport(PrintWriter err) {
        if (Files.isDirectory(directory)) {
            return true;
        }
        err.println("newsfacts: no index at " + directory + " (build one with: newsfacts index PATH... --index "
                + directory + ")");
        return false;
    }
}
