package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.TimeExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Entities of an article: organizations from name patterns (capitalised names ending in an agency, company or
 * organization head noun, with "of"-chains and a place prefix) and CoreNLP's NER; places from CoreNLP's NER,
 * suffixes (City, Province, County) and the gazetteer, with containment; persons with titles; dates.
 * Thread-safe.
 */
public final class EntityStage {
    /** A title written before a person's name ("President Trump", "Mr. Ma", "Sen. Warren"). */
    private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:President|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Senator|Sen\\.|Governor|Gov\\.|Minister|Chancellor"
            + "|Premier|Secretary|Mayor|Judge|Justice|General|Gen\\.|Rep\\.|Representative|Sir|Lord|Lady|Pope|King"
            + "|Queen|Prince|Princess|Chairman|Director|Professor|Prof\\.)\\s+$");
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(?:[A-Z]\\.)+[A-Z]");
    private final Gazetteer gazetteer;

    public EntityStage(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A mention while the stage links mentions to one another. */
    static final class Draft {
        final EntityType type;
        EntitySubtype subtype;
        final int start;
        final int end;
        String canonical;
        Draft parent;
        Draft within;
        String parentName;
        int parentStart = -1;
        String withinName;
        String title;
        String role;
        Draft agency;
        String value;
        String id;

        Draft(EntityType type, EntitySubtype subtype, int start, int end, String canonical) {
            this.type = type;
            this.subtype = subtype;
            this.start = start;
            this.end = end;
            this.canonical = canonical;
        }

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** The entities of an article; {@code times} are each sentence's time expressions, its DATE entities. */
    public List<Entity> find(Parse parse, DatelineStage.Result dateline, List<List<TimeExpression>> times) {
        String text = parse.text();
        List<Draft> orgs = new ArrayList<>();
        List<Draft> places = new ArrayList<>();
        List<Draft> persons = new ArrayList<>();
        if (dateline.place() != null) {
            Gazetteer.Place p = gazetteer.lookup(dateline.place().text());
            Draft d = new Draft(EntityType.PLACE, p == null ? EntitySubtype.CITY : p.subtype(),
                    dateline.place().start(), dateline.place().end(), dateline.place().text());
            d.withinName = p == null ? null : p.within();
            places.add(d);
        }
        if (dateline.byline() != null) {
            Draft d = new Draft(EntityType.PERSON, null, dateline.byline().start(), dateline.byline().end(),
                    dateline.byline().text());
            d.role = dateline.bylineRole();
            persons.add(d);
        }
        for (Sentence s : parse.sentences()) {
            Organizations.find(text, s, orgs, places, gazetteer);
        }
        for (Sentence s : parse.sentences()) {
            statisticalNer(text, s, orgs, places, persons);
            Places.fromGazetteer(text, s, orgs, places, gazetteer);
        }
        for (Sentence s : parse.sentences()) {
            Persons.affiliations(text, s, persons, orgs, places, gazetteer);
        }
        propagate(text, parse, orgs, places, persons);
        Metonymy.teams(parse, places, orgs);
        Metonymy.states(parse, places, orgs);
        Places.link(text, places, gazetteer);
        Organizations.resolve(orgs, places);
        Persons.titles(text, parse, persons, orgs);
        addUnmentionedParents(text, orgs);
        List<Draft> all = new ArrayList<>();
        all.addAll(orgs);
        all.addAll(places);
        all.addAll(persons);
        for (TimeExpression t : times.stream().flatMap(List::stream).toList()) {
            Draft d = new Draft(EntityType.DATE, null, t.span().start(), t.span().end(), t.span().text());
            d.value = t.from().equals(t.to()) ? t.from() : t.from() + "/" + t.to();
            d.canonical = d.value;
            all.add(d);
        }
        all.sort(Comparator.<Draft>comparingInt(d -> d.start).thenComparingInt(d -> -d.end)
                .thenComparing(d -> d.type));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id = "e" + (i + 1);
        }
        Map<String, Draft> firstByCanonical = new HashMap<>();
        for (Draft d : all) {
            firstByCanonical.putIfAbsent(d.type + "|" + d.canonical.toLowerCase(Locale.ROOT), d);
        }
        List<Entity> out = new ArrayList<>();
        for (Draft d : all) {
            Draft parent = d.parent != null ? d.parent : d.parentName == null ? null
                    : firstByCanonical.get(EntityType.ORGANIZATION + "|" + d.parentName.toLowerCase(Locale.ROOT));
            Draft within = d.within != null ? d.within : d.withinName == null ? null
                    : firstByCanonical.get(EntityType.PLACE + "|" + d.withinName.toLowerCase(Locale.ROOT));
            if (parent == d) parent = null;
            if (within == d) within = null;
            out.add(new Entity(d.id, d.type, d.subtype, Span.of(text, d.start, d.end), d.canonical,
                    parent == null ? null : parent.id, within == null ? null : within.id, d.title, d.role,
                    d.agency == null ? null : d.agency.id, d.value));
        }
        return out;
    }

    /**
     * One article names one thing the same way throughout: a name found once (by NER or a pattern) is found
     * wherever else it is written, and a person's full name makes its parts names too ("Andy Warhol" →
     * "Warhol").
     */
    private static void propagate(String text, Parse parse, List<Draft> orgs, List<Draft> places,
            List<Draft> persons) {
        Map<String, Draft> names = new HashMap<>();
        for (Draft d : orgs) names.putIfAbsent(text.substring(d.start, d.end), d);
        for (Draft d : places) names.putIfAbsent(text.substring(d.start, d.end), d);
        // a headline's capitals fool the NER ("Blair and Blunkett Sheffield trip"): its persons lend no parts
        int headlineEnd = text.indexOf('\n');
        Map<String, Draft> personParts = new HashMap<>();
        for (Draft d : persons) {
            boolean inHeadline = headlineEnd > 0 && d.end <= headlineEnd;
            String name = text.substring(d.start, d.end);
            names.putIfAbsent(name, d);
            String[] parts = name.split("\\s+");
            if (parts.length >= 2) {
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) {
                        names.putIfAbsent(part, d);
                        if (!inHeadline) personParts.putIfAbsent(part, d);
                    }
                }
            }
        }
        Map<String, Draft> acronyms = new HashMap<>();
        for (List<Draft> group : List.of(orgs, places)) {
            for (Draft d : group) {
                String acronym = initials(text.substring(d.start, d.end));
                if (acronym.length() >= 2) {
                    names.putIfAbsent(acronym, d);
                    // not from a name that holds an abbreviation already ("US Senate" is no "US")
                    boolean abbreviated = Arrays.stream(text.substring(d.start, d.end).split("\\s+"))
                            .anyMatch(w -> w.length() >= 2 && w.chars().noneMatch(Character::isLowerCase));
                    if (!abbreviated) acronyms.putIfAbsent(acronym, d);
                }
            }
        }
        // an acronym of a place is that place: "KSC" for "Kennedy Space Center", whatever NER guessed
        for (int k = orgs.size() - 1; k >= 0; k--) {
            Draft d = orgs.get(k);
            Draft full = acronyms.get(text.substring(d.start, d.end));
            if (full == null || full.type != EntityType.PLACE) continue;
            orgs.remove(k);
            Draft retyped = new Draft(full.type, full.subtype, d.start, d.end, full.canonical);
            retyped.withinName = full.withinName;
            places.add(retyped);
        }
        // a person's name part wins over a one-word place NER guessed ("Paris" in a story about Paris Hilton)
        for (int k = places.size() - 1; k >= 0; k--) {
            Draft p = places.get(k);
            Draft person = personParts.get(text.substring(p.start, p.end));
            if (person != null && person.type == EntityType.PERSON && p.subtype != EntitySubtype.COUNTRY
                    && p.subtype != EntitySubtype.PROVINCE) {
                places.remove(k);
                persons.add(new Draft(EntityType.PERSON, null, p.start, p.end, person.canonical));
            }
        }
        // and over a one-word organization after a person's title ("President Trump's travel ban")
        for (int k = orgs.size() - 1; k >= 0; k--) {
            Draft o = orgs.get(k);
            Draft person = personParts.get(text.substring(o.start, o.end));
            if (person != null && TITLE_BEFORE.matcher(text.substring(Math.max(0, o.start - 20), o.start)).find()) {
                orgs.remove(k);
                persons.add(new Draft(EntityType.PERSON, null, o.start, o.end, person.canonical));
            }
        }
        List<Draft> added = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!Organizations.isNameWord(s.token(i))) continue;
                for (int len = Math.min(6, s.size() - i); len >= 1; len--) {
                    Token last = s.token(i + len - 1);
                    if (!Organizations.isNameWord(last)) continue;
                    int start = s.token(i).start();
                    int end = last.end();
                    Draft known = names.get(text.substring(start, end));
                    if (known == null) continue;
                    Token after = s.token(i + len);
                    Token before = s.token(i - 1);
                    boolean partOfLonger = after != null && Organizations.isNameWord(after)
                            || before != null && Organizations.isNameWord(before) && i > 0 && before.isProperNoun();
                    boolean covered = orgs.stream().anyMatch(o -> o.overlaps(start, end))
                            || places.stream().anyMatch(o -> o.overlaps(start, end))
                            || persons.stream().anyMatch(o -> o.overlaps(start, end))
                            || added.stream().anyMatch(o -> o.overlaps(start, end));
                    if (!covered && !partOfLonger) {
                        Draft d = new Draft(known.type, known.subtype, start, end, known.canonical);
                        d.withinName = known.withinName;
                        d.parentName = known.parentName;
                        added.add(d);
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        for (Draft d : added) {
            switch (d.type) {
                case PERSON -> persons.add(d);
                case ORGANIZATION -> orgs.add(d);
                default -> places.add(d);
            }
        }
    }

    /**
     * "… Bureau of the General Administration of Customs": when the parent agency is named nowhere else, its
     * name inside the longer one is its mention.
     */
    private static void addUnmentionedParents(String text, List<Draft> orgs) {
        List<Draft> added = new ArrayList<>();
        for (Draft o : orgs) {
            if (o.parentName == null || o.parentStart < 0) continue;
            boolean named = orgs.stream().anyMatch(x -> x != o && x.canonical.equalsIgnoreCase(o.parentName))
                    || added.stream().anyMatch(x -> x.canonical.equalsIgnoreCase(o.parentName));
            if (!named) {
                added.add(new Draft(EntityType.ORGANIZATION, Organizations.subtypeOf(o.parentName), o.parentStart,
                        o.end, o.parentName));
            }
        }
        orgs.addAll(added);
    }

    /** "KSC" for "Kennedy Space Center": the capitals of a name of two words or more, else "". */
    private static String initials(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || Set.of("of", "the", "and", "for", "&", "on", "at").contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return "";
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    /** CoreNLP's PERSON, ORGANIZATION and LOCATION runs that the patterns did not already cover. */
    private void statisticalNer(String text, Sentence s, List<Draft> orgs, List<Draft> places, List<Draft> persons) {
        int i = 0;
        while (i < s.size()) {
            Token t = s.token(i);
            String label = t.ner();
            if (label.equals("O") || label.equals("MISC")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.size() && s.token(j).ner().equals(label)) j++;
            // trim determiners and punctuation CoreNLP sometimes includes
            int a = i;
            int b = j - 1;
            while (a <= b && (trimmable(s.token(a)) || !Character.isLetterOrDigit(s.token(a).word().charAt(0)))) a++;
            while (b >= a && (trimmable(s.token(b))
                    || !Character.isLetterOrDigit(s.token(b).word().charAt(0)))) b--;
            if (a <= b) {
                int start = s.token(a).start();
                int tokenEnd = s.token(b).end();
                // "U.S." at a sentence end: the tokenizer gave its period to the sentence
                final int end = tokenEnd < text.length() && text.charAt(tokenEnd) == '.'
                        && ABBREVIATION.matcher(s.token(b).word()).matches() ? tokenEnd + 1 : tokenEnd;
                String name = text.substring(start, end);
                boolean covered = orgs.stream().anyMatch(o -> o.overlaps(start, end))
                        || places.stream().anyMatch(o -> o.overlaps(start, end))
                        || persons.stream().anyMatch(o -> o.overlaps(start, end));
                if (!covered) {
                    switch (label) {
                        case "PERSON" -> persons.add(new Draft(EntityType.PERSON, null, start, end, name));
                        case "ORGANIZATION" -> orgs.add(new Draft(EntityType.ORGANIZATION,
                                Organizations.subtypeOf(name), start, end, name));
                        case "LOCATION" -> {
                            if (name.endsWith(" Time")) break; // "Beijing Time", a clock
                            Gazetteer.Place p = gazetteer.lookup(name);
                            if (p == null && Places.hasSuffix(name)) p = gazetteer.lookup(Places.stripSuffix(name));
                            EntitySubtype sub = Places.hasSuffix(name) ? Places.subtypeBySuffix(name)
                                    : p != null ? p.subtype() : Places.subtypeBySuffix(name);
                            Draft d = new Draft(EntityType.PLACE, sub, start, end, Places.canonical(name, p));
                            d.withinName = p == null ? null : p.within();
                            places.add(d);
                        }
                        default -> {
                        }
                    }
                }
            }
            i = j;
        }
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /**
     * A function word at the edge of a name NER found ("the", "of", a bare number), but not a numeral ordinal:
     * "501st Legion", "21st Century Fox", "101st Airborne Division" keep it (the tagger calls it CD or NNP).
     */
    private static boolean trimmable(Token t) {
        return t.isFunctionWord() && !ORDINAL.matcher(t.word()).matches();
    }
}
