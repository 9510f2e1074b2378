package io.newsfacts.indexer;

import java.io.IOException;
import java.nio.file.Path;

/** A read-only open found no index in the folder (missing, empty, or a folder of other files). */
public class NoIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    public NoIndexException(Path directory) {
        super("no index at " + directory + " (build one with: newsfacts index PATH... --index " + directory + ")");
    }
}
