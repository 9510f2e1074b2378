package io.newsfacts.extractor.nlp;

import java.util.List;

/** One sentence: its index in the article, character bounds and tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    public int size() {
        return tokens.size();
    }

    /** The index of the first token starting at or after {@code offset}, or size() when none does. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) return i;
        }
        return tokens.size();
    }

    /**
     * The indices of the first and last tokens of the mention [start, end) when its bounds are token bounds, else
     * null.
     */
    public int[] tokenRange(int start, int end) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) first = k;
            if (tokens.get(k).end() == end) last = k;
        }
        return first < 0 || last < 0 ? null : new int[] {first, last};
    }
}
