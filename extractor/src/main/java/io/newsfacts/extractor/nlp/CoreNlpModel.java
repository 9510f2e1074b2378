package io.newsfacts.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP loaded once: tokenizer, sentence splitter, POS tagger, lemmatizer and the 3-class CRF NER trained on
 * CoNLL, MUC, ACE and more (PERSON, ORGANIZATION, LOCATION; on GUM news it beats the CoNLL 4-class model by five
 * points of entity F1). Fine-grained NER, SUTime and the numeric classifiers are off: numbers, dates and places
 * have stages of their own. Thread-safe: {@link #parse} may be called from many threads.
 */
public final class CoreNlpModel {
    private final StanfordCoreNLP pipeline;

    private CoreNlpModel(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models from the classpath (the stanford-corenlp models jar). Takes a few seconds. */
    public static CoreNlpModel load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=false,splitHyphenated=false,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return new CoreNlpModel(new StanfordCoreNLP(p));
    }

    /** Tokens, sentences, tags, lemmas and NER labels of {@code text}. */
    public Parse parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return new Parse(text, out);
        for (CoreMap s : sentences) {
            List<Token> toks = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = t.beginPosition();
                int e = t.endPosition();
                String word = text.substring(b, e);
                String ner = t.ner() == null ? "O" : t.ner();
                String lemma = t.lemma() == null ? word : t.lemma();
                toks.add(new Token(toks.size(), word, b, e, t.tag() == null ? "" : t.tag(), lemma, ner));
            }
            if (toks.isEmpty()) continue;
            out.add(new Sentence(out.size(), toks.get(0).start(), toks.get(toks.size() - 1).end(), toks));
        }
        return new Parse(text, out);
    }
}
