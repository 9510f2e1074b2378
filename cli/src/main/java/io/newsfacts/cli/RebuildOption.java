package io.newsfacts.cli;

import io.newsfacts.indexer.IndexConfig;
import picocli.CommandLine.Option;

/**
 * Mixin {@code --rebuild} for the command that writes the index: start from an empty index, discarding what the
 * folder holds. The fix the indexer names when an index was written by an incompatible version.
 */
final class RebuildOption {
    @Option(names = "--rebuild",
            description = "Empty the index first, then index the inputs: needed when the index was written by an"
                    + " incompatible version of newsfacts.")
    boolean rebuild;

    /** Where to write, rebuilding when asked. */
    IndexConfig config(IndexLocation location) {
        return new IndexConfig(location.directory, rebuild);
    }
}
