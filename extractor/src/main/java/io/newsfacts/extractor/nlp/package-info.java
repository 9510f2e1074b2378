/**
 * The adapters to CoreNLP (tokens, sentences, POS, lemmas, statistical NER) and their result as plain records.
 * CoreNLP types never leave {@link io.newsfacts.extractor.nlp.CoreNlpModel} and its package-private helpers
 * ({@code FastFeatureCrf} and {@code CrfFeatures}: the NER's features computed faster; and, in CoreNLP's own
 * package because the tagger's tables are package-private, {@code edu.stanford.nlp.tagger.maxent.TagIndexedSentence});
 * stages see {@link io.newsfacts.extractor.nlp.Token} and {@link io.newsfacts.extractor.nlp.Sentence} only.
 */
package io.newsfacts.extractor.nlp;
