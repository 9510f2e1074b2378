package io.newsfacts.extractor.input;

/** An input that cannot become article text (empty, binary, …); the message names the file and the reason. */
public class UnreadableArticleException extends Exception {
    public UnreadableArticleException(String message) {
        super(message);
    }
}
