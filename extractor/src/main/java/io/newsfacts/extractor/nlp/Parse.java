package io.newsfacts.extractor.nlp;

import java.util.List;

/** The linguistic analysis of one article text: its sentences with tagged tokens. */
public record Parse(String text, List<Sentence> sentences) {
    public Parse {
        sentences = List.copyOf(sentences);
    }
}
