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
 * Countries that stand for an organization: in a sports report for their national teams ("Sweden defeated South
 * Korea 1-0" names two teams), elsewhere for their governments when they say or do what a state does ("North Korea
 * fired artillery rounds"); "in Russia" still names a place.
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
    static final Set<String> HOME_NATIONS = Set.of("england", "scotland", "wales", "northern ireland");
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

    /** Verbs of what a state, not a territory, does: speaking, deciding, acting on others. */
    private static final Set<String> STATE_VERBS = Set.of("say", "state", "announce", "warn", "threaten", "deny",
            "accuse", "reject", "agree", "sign", "demand", "urge", "insist", "claim", "respond", "retaliate",
            "condemn", "impose", "ban", "deploy", "expel", "recall", "vow", "pledge", "fire", "launch", "evacuate",
            "declare", "refuse", "protest", "sanction", "negotiate", "veto", "ratify", "approve", "order", "send",
            "summon", "criticise", "criticize", "blame", "promise", "propose", "offer", "ask", "tell",
            "confirm", "report", "decide", "vote", "withdraw", "suspend", "boycott", "invade", "attack", "bomb",
            "broadcast", "exchange");
    /** Words after which a country opens a clause as its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "and", "but", "that", "after", "when",
            "as", "while", "because", "if", "since", "though", "although", "yesterday", "today", "meanwhile", "\"",
            "“", "--", "—");

    /**
     * A country that says or does what a state does ("North Korea fired artillery rounds", "South Korea says the
     * broadcasts will continue") is its government, an organization; "Russia is the largest country" and "in
     * Russia" stay places.
     */
    static void states(Parse parse, List<Draft> places, List<Draft> orgs) {
        for (int i = places.size() - 1; i >= 0; i--) {
            Draft p = places.get(i);
            if (p.subtype != EntitySubtype.COUNTRY) continue;
            Sentence s = sentenceAt(parse, p.start);
            if (s == null) continue;
            int[] range = s.tokenRange(p.start, p.end);
            if (range == null) continue;
            int first = range[0];
            int last = range[1];
            if (first > 0 && !CLAUSE_OPENERS.contains(s.token(first - 1).lower())) continue;
            int k = last + 1;
            while (k < s.size() && (s.token(k).isAdverb() || ADVERBS.contains(s.token(k).lower()))) k++;
            // auxiliaries: "had recently started", "will continue", "has warned"
            while (k < s.size() && AUXILIARIES.contains(s.token(k).lower())) {
                k++;
                while (k < s.size() && (s.token(k).isAdverb() || ADVERBS.contains(s.token(k).lower()))) k++;
            }
            if (k >= s.size()) continue;
            Token verb = s.token(k);
            // untagged, a bare form is no sure verb ("US state Texas") unless an auxiliary stands before it
            boolean sure = verb.isTagged() || k > last + 1 && AUXILIARIES.contains(s.token(k - 1).lower())
                    || !STATE_VERBS.contains(verb.lower());
            if (!sure || !STATE_VERBS.contains(lemmaOf(verb))) continue;
            places.remove(i);
            orgs.add(new Draft(EntityType.ORGANIZATION, EntitySubtype.AGENCY, p.start, p.end, p.canonical));
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "can",
            "may", "might", "must", "should", "shall", "is", "was", "did", "does");
    private static final Set<String> ADVERBS = Set.of("also", "recently", "already", "still", "then", "later",
            "now", "never", "repeatedly", "previously", "earlier", "formally", "officially", "not");

    /** The lemma of a verb form, from the tagger when the sentence was tagged, else from a few spellings. */
    private static String lemmaOf(Token t) {
        if (t.isTagged()) return t.isVerb() ? t.lemma().toLowerCase(Locale.ROOT) : "";
        String w = t.lower();
        if (STATE_VERBS.contains(w)) return w;
        for (String suffix : new String[] {"ed", "d", "s", "es"}) {
            if (w.endsWith(suffix) && STATE_VERBS.contains(w.substring(0, w.length() - suffix.length()))) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return switch (w) {
            case "said", "says" -> "say";
            case "told" -> "tell";
            case "sent" -> "send";
            case "banned" -> "ban";
            case "vetoed" -> "veto";
            default -> "";
        };
    }

    private static Sentence sentenceAt(Parse parse, int offset) {
        for (Sentence s : parse.sentences()) {
            if (s.start() <= offset && offset < s.end()) return s;
        }
        return null;
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
