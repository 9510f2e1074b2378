package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.entities.EntityStage.Draft;
import io.newsfacts.extractor.nlp.Parse;
import java.util.List;
import java.util.Locale;
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
