/**
 * The adapters to CoreNLP (tokens, sentences, POS, lemmas, statistical NER) and their result as plain records.
 * CoreNLP types never leave {@link io.newsfacts.extractor.nlp.CoreNlpModel}; stages see {@link
 * io.newsfacts.extractor.nlp.Token} and {@link io.newsfacts.extractor.nlp.Sentence} only.
 */
package io.newsfacts.extractor.nlp;
