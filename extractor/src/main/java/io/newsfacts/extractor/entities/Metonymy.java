package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.entities.EntityStage.Draft;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries that stand for their national teams: in a sports report, "Sweden defeated South Korea 1-0" names two
 * teams (organizations), while "in Russia" still names a place.
 */
final class Metonymy {
    /** Words that occur in match reports and hardly anywhere else. */
    private static final Set<String> SPORTS_LEMMAS = Set.of("striker", "midfielder", "defender", "goalkeeper",
            "penalty", "tournament", "referee", "semi-final", "quarter-final", "innings", "wicket", "touchdown",
            "equaliser", "equalizer", "half-time", "kick-off", "stoppage", "header", "free-kick", "goalless",
            "hat-trick", "offside", "playoff", "play-off", "knockout", "scoreline", "friendlies", "qualifier");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "into", "across", "throughout",
            "near", "outside", "inside", "within", "around", "through", "via", "toward", "towards");

    private Metonymy() {
    }

    static boolean isSportsReport(Parse parse) {
        Set<String> distinct = new HashSet<>();
        int hits = 0;
        for (Sentence s : parse.sentences()) {
            for (Token t : s.tokens()) {
                String l = t.lemma().toLowerCase(Locale.ROOT);
                if (SPORTS_LEMMAS.contains(l)) {
                    hits++;
                    distinct.add(l);
                }
            }
        }
        return hits >= 4 && distinct.size() >= 3;
    }

    /** Nations that field their own teams without being sovereign countries. */
    private static final Set<String> HOME_NATIONS = Set.of("england", "scotland", "wales", "northern ireland");
    /** Words after which "to" names an opponent, not a destination ("lost 1-2 to England"). */
    private static final Set<String> LOSS_WORDS = Set.of("lost", "lose", "loses", "losing", "loss", "defeat",
            "defeats", "fell", "succumbed", "went", "beaten");

    /** Retypes country mentions that are not the object of a locative preposition as teams. */
    static void teams(Parse parse, List<Draft> places, List<Draft> orgs) {
        if (!isSportsReport(parse)) return;
        for (int i = places.size() - 1; i >= 0; i--) {
            Draft p = places.get(i);
            if (p.subtype != EntitySubtype.COUNTRY && !HOME_NATIONS.contains(p.canonical.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token before = tokenBefore(parse, p.start);
            if (before != null && LOCATIVES.contains(before.lower()) && !opponentAfter(parse, before)) continue;
            places.remove(i);
            orgs.add(new Draft(EntityType.ORGANIZATION, EntitySubtype.OTHER, p.start, p.end, p.canonical));
        }
    }

    /** "lost 1 – 2 to England", "lost to Wales": "to" after a loss (and its score) names the winner. */
    private static boolean opponentAfter(Parse parse, Token to) {
        if (!to.lower().equals("to")) return false;
        Token t = tokenBefore(parse, to.start());
        for (int k = 0; k < 3 && t != null && (t.pos().equals("CD") || t.word().matches("[-–—:]")); k++) {
            t = tokenBefore(parse, t.start()); // the score: "1 – 2"
        }
        return t != null && LOSS_WORDS.contains(t.lower());
    }

    private static Token tokenBefore(Parse parse, int offset) {
        Token last = null;
        for (Sentence s : parse.sentences()) {
            if (s.start() > offset) break;
            for (Token t : s.tokens()) {
                if (t.start() >= offset) return last;
                last = t;
            }
        }
        return last;
    }
}
