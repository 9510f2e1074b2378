package io.newsfacts.extractor.nlp;

/** One token with its character offsets, part of speech, lemma and statistical NER label ("O" for none). */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isAdjective() {
        return pos.startsWith("JJ");
    }

    public boolean isAdverb() {
        return pos.startsWith("RB");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
