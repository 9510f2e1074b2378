package io.newsfacts.extractor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (103 languages, from the opennlp-models-langdetect artifact), loaded once. CoreNLP
 * has no language identification; this is where OpenNLP is the better tool. Thread-safe: each call builds its
 * own lightweight detector over the shared model.
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

    private final LanguageDetectorModel model;

    private LanguageModel(LanguageDetectorModel model) {
        this.model = model;
    }

    public static LanguageModel load() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            return new LanguageModel(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
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
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        String code = best.getLang();
        return new Guess(ISO3_TO_ISO1.getOrDefault(code, code), best.getConfidence());
    }

    /** A detected language (as {@link #detect} writes it) and how sure the detector is of it (0 to 1). */
    public record Guess(String language, double confidence) {
    }
}
