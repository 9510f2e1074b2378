package io.newsfacts.indexer;

import java.io.IOException;

/** The folder holds an index this version cannot read or extend; the message names the fix (a rebuild). */
public class IncompatibleIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    public IncompatibleIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
