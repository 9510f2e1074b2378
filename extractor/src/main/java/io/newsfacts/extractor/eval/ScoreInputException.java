package io.newsfacts.extractor.eval;

/** Bad scorer input: an unreadable or malformed gold or prediction file, or gold spans that miss their text. */
public final class ScoreInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScoreInputException(String message) {
        super(message);
    }
}
