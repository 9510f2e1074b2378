package io.newsfacts.indexer;

/** A search query that cannot be parsed or would be too expensive to run; the message is one line for the user. */
public class InvalidQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
