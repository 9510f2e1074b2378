package io.newsfacts.cli;

import java.nio.file.Path;

/** One article to read, in the order the batch must report it. */
sealed interface Input {
    /** The path as the user will recognise it in messages. */
    String display();

    /** A file; its id is its path relative to {@code root} without extension. */
    record File(Path file, Path root) implements Input {
        @Override
        public String display() {
            return file.toString();
        }
    }

    /** Standard input, read whole, id {@code stdin}. */
    record Stdin() implements Input {
        static final String DISPLAY = "<stdin>";

        @Override
        public String display() {
            return DISPLAY;
        }
    }

    /** A path that could not even be listed: reported as a failure at its place in the batch. */
    record Unreachable(String display, String reason) implements Input {
    }
}
