package io.newsfacts.extractor;

import io.newsfacts.extractor.nlp.LanguageModel;
import java.util.Locale;

/**
 * Decides that an article is surely not in English, so that its figures and entities are not mined: our rules,
 * gazetteer and CoreNLP's English models would only find garbage there. Unsure means English: a headline or a
 * list of names gives the detector too little to go on, and skipping an English article would lose facts.
 */
final class NotEnglish {
    /**
     * The detector's confidence from which its guess is trusted: English news scores 0.97 or more (all of the
     * BBC, GUM and seed articles), two sentences of French 0.39, one of German 0.14, an English headline 0.02.
     */
    static final double SURE = 0.1;
    /** Letters needed before the detector's guess is trusted. */
    static final int MIN_LETTERS = 60;
    /** Letters needed before the script alone decides: Han or Cyrillic text is not English however short. */
    static final int MIN_SCRIPT_LETTERS = 10;
    /** As much of the text as the detector reads. */
    private static final int SAMPLE = 4000;

    private NotEnglish() {
    }

    /** Why {@code text} is surely not English, for the article's warning; null when it is English or unsure. */
    static String reason(String text, LanguageModel.Guess guess) {
        if (guess.language().equals("en")) {
            return null;
        }
        int n = Math.min(text.length(), SAMPLE);
        int letters = 0;
        int latin = 0;
        Character.UnicodeScript other = null;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) latin++;
            else if (other == null) other = script;
        }
        if (letters >= MIN_SCRIPT_LETTERS && latin * 2 < letters) {
            return message(guess, "most letters are in " + name(other) + " script");
        }
        if (letters >= MIN_LETTERS && guess.confidence() >= SURE) {
            return message(guess, String.format(Locale.ROOT, "confidence %.2f", guess.confidence()));
        }
        return null;
    }

    private static String message(LanguageModel.Guess guess, String why) {
        return "not English: language '" + guess.language() + "' (" + why + "); no figures or entities extracted";
    }

    private static String name(Character.UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
