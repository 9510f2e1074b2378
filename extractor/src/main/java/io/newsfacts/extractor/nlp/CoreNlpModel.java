package io.newsfacts.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.TagIndexedSentence;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * CoreNLP loaded once: tokenizer and sentence splitter, the 3-class CRF NER trained on CoNLL, MUC, ACE and more
 * (PERSON, ORGANIZATION, LOCATION; on GUM news it beats the CoNLL 4-class model by five points of entity F1), and
 * the left3words POS tagger with the Morpha lemmatizer. The NER reads words only and runs where a name may be
 * (near a capitalized token); POS tags and lemmas are what the figure relations read, so only sentences that may
 * hold a figure (a digit, a currency sign, a number word) are tagged: that halves the cost of news text, most of
 * whose sentences have no figure. Fine-grained NER, SUTime and the numeric classifiers are not used: numbers,
 * dates and places have stages of their own. The NER's features are computed by {@link CrfFeatures} (the same
 * features as CoreNLP's, looked up once per word instead of built as strings per token: the NER runs 2.5 times
 * faster); the tagger scores approximately, with tag indices looked up once per token (TagIndexedSentence).
 * Thread-safe: {@link #parse} may be called from many threads.
 */
public final class CoreNlpModel {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Words that make a sentence worth tagging: it may hold a figure. */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands",
            "millions", "billions", "half", "quarter", "third", "thirds", "quarters", "fifth", "fifths", "twice",
            "percent", "lakh", "crore", "zero", "tens", "minus", "negative", "eighth", "eighths", "tenth");

    /** How far from a capitalized token the NER looks (see {@link #nerLabels}). */
    static final int NER_REACH = 2;

    private final StanfordCoreNLP splitter;
    private final MaxentTagger tagger;
    private final FastFeatureCrf ner;
    /** Morpha keeps state while it lemmatizes: one per thread, each with its lemmas so far. */
    private final ThreadLocal<Lemmas> morphology = ThreadLocal.withInitial(Lemmas::new);

    private CoreNlpModel(StanfordCoreNLP splitter, MaxentTagger tagger, FastFeatureCrf ner) {
        this.splitter = splitter;
        this.tagger = tagger;
        this.ner = ner;
    }

    /** Loads the models from the classpath (the stanford-corenlp models jar). Takes a few seconds. */
    public static CoreNlpModel load() {
        return load(Runnable::run);
    }

    /**
     * Loads the models, the POS tagger on {@code background} while the NER classifier loads on this thread (they
     * take about as long as each other).
     */
    public static CoreNlpModel load(Executor background) {
        CompletableFuture<MaxentTagger> tagger = CompletableFuture.supplyAsync(() -> new MaxentTagger(TAGGER, approximateScoring()),
                background);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=false,splitHyphenated=false,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        try {
            FastFeatureCrf ner = FastFeatureCrf.load(NER);
            return new CoreNlpModel(new StanfordCoreNLP(p), tagger.join(), ner);
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load CoreNLP's models from the classpath", e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("cannot load CoreNLP's POS tagger", e.getCause());
        }
    }

    /**
     * The tagger's approximate scoring (CoreNLP's {@code approximate} option): tags a word cannot take get a
     * default score instead of their features' sum. CoreNLP documents no loss on English (WSJ); on BBC figure
     * sentences 99.7% of tags are the same as exact scoring's, at half the cost (the tagger was half of all
     * extraction time).
     */
    private static Properties approximateScoring() {
        Properties p = new Properties();
        p.setProperty("approximate", "true");
        return p;
    }

    /** Tokens and sentences of {@code text}; NER labels everywhere, tags and lemmas where a figure may be. */
    public Parse parse(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return new Parse(text, out);
        Lemmas morpha = morphology.get();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            String[] answers = nerLabels(labels);
            boolean tag = mayHoldFigure(labels);
            if (tag) tag(labels);
            List<Token> toks = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel t = labels.get(i);
                int b = t.beginPosition();
                int e = t.endPosition();
                String word = text.substring(b, e);
                String label = answers[i];
                String pos = tag && t.tag() != null ? t.tag() : "";
                String lemma = tag ? morpha.lemma(t.word(), pos) : word;
                toks.add(new Token(i, word, b, e, pos, lemma, label));
            }
            out.add(new Sentence(out.size(), toks.get(0).start(), toks.get(toks.size() - 1).end(), toks));
        }
        return new Parse(text, out);
    }

    /** Morpha's lemma of a word with its tag, remembered: news repeats its words (a third of the lemmatizing time). */
    private static final class Lemmas {
        private static final int MAX = 200_000;
        private final Morphology morpha = new Morphology();
        private final java.util.HashMap<String, String> known = new java.util.HashMap<>();

        String lemma(String word, String tag) {
            String key = word + '\u0000' + tag;
            String lemma = known.get(key);
            if (lemma == null) {
                if (known.size() >= MAX) known.clear();
                lemma = morpha.lemma(word, tag);
                known.put(key, lemma);
            }
            return lemma;
        }
    }

    /** Tags {@code labels} in place, as {@code MaxentTagger.tagCoreLabels} does. */
    private void tag(List<CoreLabel> labels) {
        List<TaggedWord> tagged = new TagIndexedSentence(tagger).tagSentence(labels, false);
        if (tagged.size() != labels.size()) throw new IllegalStateException("the tagger lost tokens");
        for (int i = 0; i < labels.size(); i++) labels.get(i).setTag(tagged.get(i).tag());
    }

    /** The NER classifier, for tests. */
    FastFeatureCrf ner() {
        return ner;
    }

    /**
     * NER labels of a sentence's tokens, "O" outside entities. The classifier runs only on the stretches of the
     * sentence within {@link #NER_REACH} tokens of a token with a capital letter: PERSON, ORGANIZATION and LOCATION
     * names are capitalized in English news, and the CRF labels a token mostly from its own and its nearest
     * neighbours' features. Half of news tokens are farther than that from any capital; on GUM news the entity
     * scores are unchanged (strict F1 0.799 -> 0.801).
     */
    private String[] nerLabels(List<CoreLabel> labels) {
        int n = labels.size();
        String[] out = new String[n];
        Arrays.fill(out, "O");
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (hasCapital(labels.get(i).word())) {
                for (int j = Math.max(0, i - NER_REACH); j <= Math.min(n - 1, i + NER_REACH); j++) near[j] = true;
            }
        }
        for (int i = 0; i < n; ) {
            if (!near[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && near[j]) j++;
            // fresh labels: classify() on the tokenizer's own labels sees no entity
            List<CoreLabel> answers = ner.classifySentence(labels.subList(i, j));
            for (int k = i; k < j; k++) {
                String answer = answers.get(k - i).get(CoreAnnotations.AnswerAnnotation.class);
                out[k] = answer == null || answer.equals(ner.backgroundSymbol()) ? "O" : answer;
            }
            i = j;
        }
        return out;
    }

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) return true;
        }
        return false;
    }

    private static boolean mayHoldFigure(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL
                        || c >= '\u00bc' && c <= '\u00be' || c >= '\u2150' && c <= '\u215e') {
                    return true;
                }
            }
            if (NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
