package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.entities.EntityStage.Draft;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.Months;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of persons: an appositive after the name ("Jiang Guoli, deputy director of the … Bureau") with the
 * organization they speak for, or a title before it ("Director Jiang"); later short mentions share the full name.
 */
final class Persons {
    private static final String TITLE_NOUNS = "director|director-general|minister|spokesman|spokeswoman|spokesperson"
            + "|chief|head|president|chairman|chairwoman|chair|secretary|officer|commissioner|governor|mayor|official"
            + "|captain|inspector|leader|manager|researcher|professor|reporter|correspondent|editor|analyst|ambassador"
            + "|prosecutor|judge|superintendent|commander|general|economist|founder|executive|ceo|deputy|member"
            + "|adviser|advisor|lawyer|attorney|senator|representative|lecturer|scientist|engineer|partner|premier"
            + "|chancellor|coach|captain|sergeant|detective|constable|prime minister";
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^,\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[a-z][a-z-]*\\s+){0,3}(?:" + TITLE_NOUNS + "))\\b(?:\\s+(?:of|at|for|with)\\s+(?:the\\s+)?)?");
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b((?:deputy\\s+|vice\\s+|assistant\\s+)?(?:" + TITLE_NOUNS + "))\\s+$");

    private Persons() {
    }

    /**
     * The body a person belongs to, named after the person: "Elizabeth Quat of DAB", "Nathan Law of Demosisto". The
     * name is an organization unless it is a place ("Li Wei of Fujian"), a person, a date or part of a mention. ("DAB's
     * Ben Chan" is left alone: "Million Dollar Baby's Hilary Swank" has the same shape.)
     */
    static void affiliations(String text, Sentence s, List<Draft> persons, List<Draft> orgs, List<Draft> places,
            Gazetteer gazetteer) {
        List<Draft> found = new ArrayList<>();
        for (int pi = 0; pi < persons.size(); pi++) {
            Draft p = persons.get(pi);
            if (p.start < s.start() || p.end > s.end()) continue;
            int[] range = s.tokenRange(p.start, p.end);
            if (range == null) continue;
            int first = range[0];
            int last = range[1];
            // NER's "Nathan Law of Demosisto": the person ends before "of"
            boolean split = false;
            for (int k = first + 2; k < last; k++) {
                if (s.token(k).word().equals("of")) {
                    Draft person = new Draft(EntityType.PERSON, null, p.start, s.token(k - 1).end(),
                            text.substring(p.start, s.token(k - 1).end()));
                    persons.set(pi, person);
                    p = person;
                    last = k - 1;
                    split = true;
                    break;
                }
            }
            // a full name, not a title's first word ("Shaun of the Dead") nor a peer's seat ("Lord Roberts of Conwy")
            boolean fullName = last > first && !PEERAGE.contains(s.token(first).lower())
                    && !(first > 0 && PEERAGE.contains(s.token(first - 1).lower()));
            if (fullName && last + 2 < s.size() && s.token(last + 1).word().equals("of")) {
                int k = last + 2;
                if (s.token(k).lower().equals("the") && k + 1 < s.size()) k++;
                int r = Organizations.run(s, k, false);
                addBody(text, s, k, r, split, orgs, places, persons, found, gazetteer);
            }
        }
        orgs.addAll(found);
    }

    /**
     * Tokens [a, b) as an organization; {@code inPerson} when NER had them inside the person's name (then their
     * PERSON label is no evidence). Not a list ("of the Architectural, Surveying, ... constituency") nor a name
     * that goes on with a number ("Studio 54").
     */
    private static final Set<String> PEERAGE = Set.of("lord", "lady", "baroness", "baron", "earl", "duke", "duchess",
            "viscount", "bishop", "archbishop", "countess", "count", "marquess", "prince", "princess", "king", "queen");

    private static void addBody(String text, Sentence s, int a, int b, boolean inPerson, List<Draft> orgs,
            List<Draft> places, List<Draft> persons, List<Draft> found, Gazetteer gazetteer) {
        if (b <= a || b - a > 4) return;
        for (int k = a; k < b; k++) {
            Token t = s.token(k);
            if (!Organizations.isNameWord(t) || t.isFunctionWord() || Months.isFullName(t.word())
                    || t.ner().equals("LOCATION") || t.ner().equals("PERSON") && !inPerson) {
                return;
            }
        }
        Token after = s.token(b);
        if (after != null && (Character.isLowerCase(after.word().charAt(0)) && !after.isFunctionWord()
                || Set.of("for", "of", "on", "&").contains(after.word()))) {
            return; // the name goes on: "of the Swiss research group", "of the Campaign for Tobacco-Free Kids"
        }
        if (after != null && after.word().chars().allMatch(Character::isDigit)) return;
        if (after != null && after.word().equals(",") && s.token(b + 1) != null
                && Organizations.isNameWord(s.token(b + 1))) {
            Token next = s.token(Organizations.run(s, b + 1, false));
            if (next != null && (next.word().equals(",") || next.word().equals("and"))) return;
        }
        int start = s.token(a).start();
        int end = s.token(b - 1).end();
        String name = text.substring(start, end);
        if (gazetteer.lookup(name) != null) return;
        for (List<Draft> group : List.of(orgs, places, persons, found)) {
            if (group.stream().anyMatch(d -> d.overlaps(start, end))) return;
        }
        found.add(new Draft(EntityType.ORGANIZATION, Organizations.subtypeOf(name), start, end, name));
    }

    static void titles(String text, Parse parse, List<Draft> persons, List<Draft> orgs) {
        for (Draft p : persons) {
            String after = text.substring(p.end, Math.min(text.length(), p.end + 160));
            Matcher m = APPOSITIVE.matcher(after);
            if (m.find()) {
                if (p.title == null) p.title = m.group(1).replaceAll("\\s+", " ");
                int orgStart = p.end + m.end();
                for (Draft o : orgs) {
                    if (o.start == orgStart) p.agency = o;
                }
                continue;
            }
            String before = text.substring(Math.max(0, p.start - 40), p.start);
            Matcher b = BEFORE.matcher(before);
            if (b.find() && p.title == null && p.role == null) {
                p.title = b.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            }
        }
        // "Jiang said": a single name word continues an earlier full name
        for (int i = 0; i < persons.size(); i++) {
            Draft p = persons.get(i);
            if (p.canonical.contains(" ")) continue;
            for (Draft full : persons) {
                if (full.start < p.start && full.canonical.contains(" ")) {
                    String[] w = full.canonical.split(" ");
                    if (w[0].equals(p.canonical) || w[w.length - 1].equals(p.canonical)) p.canonical = full.canonical;
                }
            }
        }
    }
}
