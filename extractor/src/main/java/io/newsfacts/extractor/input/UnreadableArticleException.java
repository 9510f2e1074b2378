package io.newsfacts.extractor.input;

import java.util.Objects;

/** An input that cannot become article text (empty, binary, …); the message names the file and the reason. */
public class UnreadableArticleException extends Exception {
    /** Why an input is not an article: a closed list, so a batch can count its failures by reason. */
    public enum Problem {
        EMPTY("empty file"),
        BINARY("binary content, not text"),
        NO_TEXT("no text"),
        TOO_LARGE("too large"),
        NOT_A_FILE("not a regular file");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        /** A few words for messages and reports ("empty file"). */
        public String description() {
            return description;
        }
    }

    private final Problem problem;

    /** {@code path: description (detail)}; {@code detail} may be null. */
    public UnreadableArticleException(String path, Problem problem, String detail) {
        super(path + ": " + problem.description() + (detail == null ? "" : " (" + detail + ")"));
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
