package io.newsfacts.extractor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (103 languages, from the opennlp-models-langdetect artifact). CoreNLP has no
 * language identification; this is where OpenNLP is the better tool. Most news it sees is plainly English, and
 * for that a count of English function words is enough ({@link #plainlyEnglish}): the detector's model is loaded
 * only when a text is not (a second of start-up saved, and the detector's cost on every article). Thread-safe:
 * the model loads once, and each call builds its own lightweight detector over it.
 */
public final class LanguageModel {
    private static final String MODEL = "/langdetect-183.bin";
    /** How much of an article is enough to tell its language. */
    private static final int SAMPLE = 4000;
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code is not one the detector reports
            }
        }
        ISO3_TO_ISO1.put("cmn", "zh");
        ISO3_TO_ISO1.put("zho", "zh");
        ISO3_TO_ISO1.put("yue", "zh");
    }

    /**
     * Words frequent in English and rare as words of other languages written in Latin letters ("in", "is", "was",
     * "die", "a" are left out: Dutch, German, Italian, Spanish use them). They make a fifth of English news
     * (median 0.23 over the BBC, GUM, seed and WMT articles; the lowest, a sports line-up, 0.09); French, German,
     * Spanish or Dutch prose has next to none of them.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "that", "with", "for", "from",
            "which", "were", "have", "has", "been", "this", "their", "they", "would", "said", "will", "by", "are",
            "it", "its", "but", "not", "be", "who", "there", "than", "after");
    /** Words needed, and the share of them that must be function words, for a text to be plainly English. */
    static final int PLAIN_MIN_WORDS = 30;
    static final double PLAIN_MIN_SHARE = 0.12;

    private volatile LanguageDetectorModel model;

    private LanguageModel(LanguageDetectorModel model) {
        this.model = model;
    }

    /** A language model whose detector loads on first need (see the class comment): no work now. */
    public static LanguageModel lazy() {
        return new LanguageModel(null);
    }

    /** A language model with its detector loaded now (about a second). */
    public static LanguageModel load() {
        return new LanguageModel(readModel());
    }

    private static LanguageDetectorModel readModel() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /** Whether the detector's model has been loaded (tests). */
    boolean detectorLoaded() {
        return model != null;
    }

    private LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) model = m = readModel();
            }
        }
        return m;
    }

    /** The ISO 639-1 code of the text's language ("en"), or its ISO 639-3 code when it has no two-letter one. */
    public String detect(String text) {
        return guess(text).language();
    }

    /**
     * The detector's best language for {@code text} and its confidence, a probability over the 103 languages:
     * near 1 for a paragraph of clear prose, a few hundredths for a headline, where the guess means little.
     */
    public Guess guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (plainlyEnglish(sample)) return new Guess("en", 1.0);
        return byDetector(sample);
    }

    /** The detector's guess, whatever the function words say. */
    public Guess byDetector(String sample) {
        Language best = new LanguageDetectorME(model()).predictLanguage(sample);
        String code = best.getLang();
        return new Guess(ISO3_TO_ISO1.getOrDefault(code, code), best.getConfidence());
    }

    /**
     * Whether {@code text} is English beyond doubt: at least {@value #PLAIN_MIN_WORDS} words, mostly Latin
     * letters, and at least {@value #PLAIN_MIN_SHARE} of its words English function words. False means "ask the
     * detector", not "not English".
     */
    static boolean plainlyEnglish(CharSequence text) {
        int words = 0;
        int function = 0;
        int latin = 0;
        int letters = 0;
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                    word.append(Character.toLowerCase(c));
                    continue;
                }
            }
            if (word.length() > 0) {
                words++;
                if (word.length() <= 5 && FUNCTION_WORDS.contains(word.toString())) function++;
                word.setLength(0);
            }
        }
        return words >= PLAIN_MIN_WORDS && latin * 10 >= letters * 9 && function >= PLAIN_MIN_SHARE * words;
    }

    /** A detected language (as {@link #detect} writes it) and how sure the detector is of it (0 to 1). */
    public record Guess(String language, double confidence) {
    }
}
