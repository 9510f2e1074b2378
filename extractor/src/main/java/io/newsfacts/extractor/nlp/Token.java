package io.newsfacts.extractor.nlp;

/**
 * One token with its character offsets, part of speech, lemma and statistical NER label ("O" for none). Only
 * sentences that may hold a figure are POS-tagged (see {@link CoreNlpModel}); elsewhere {@code pos} is "" and
 * {@code lemma} the word, and the name-shape questions below answer from spelling and a closed-class lexicon.
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {
    /** Tags of closed-class words and verbs, which never open a name. */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("DT", "IN", "PRP", "PRP$", "CC",
            "RB", "WDT", "WP", "EX", "MD", "TO", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "PDT", "RBR", "RBS", "CD",
            "UH", "WRB");
    /** English closed-class words (and the commonest sentence openers), for untagged sentences. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "this", "that",
            "these", "those", "some", "any", "each", "every", "no", "all", "both", "either", "neither", "in", "on",
            "at", "by", "for", "from", "with", "without", "of", "to", "into", "onto", "over", "under", "after",
            "before", "during", "since", "until", "among", "between", "through", "across", "against", "about",
            "around", "behind", "beyond", "despite", "within", "and", "or", "but", "nor", "so", "yet", "if", "when",
            "while", "as", "because", "although", "though", "i", "you", "he", "she", "it", "we", "they", "his",
            "her", "its", "our", "their", "my", "your", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "there", "here", "then", "now", "also", "however", "meanwhile", "still", "not", "what", "which", "who",
            "whom", "whose", "where", "why", "how", "last", "next", "mr", "mrs", "ms", "dr");

    public boolean isTagged() {
        return !pos.isEmpty();
    }

    /** A closed-class word or a verb: never part of a name's opening. */
    public boolean isFunctionWord() {
        return pos.isEmpty() ? FUNCTION_WORDS.contains(lower()) : FUNCTION_TAGS.contains(pos);
    }
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.isEmpty() ? isCapitalized() && !isFunctionWord() : pos.startsWith("NNP");
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
