package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.entities.EntityStage.Draft;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.nlp.Sentence;
import java.util.List;
import java.util.Locale;

/** Places from suffixes ("Sanming City", "Fujian Province") and the gazetteer, and their containment. */
final class Places {
    private static final String[][] SUFFIXES = {
        {" Autonomous Region", "PROVINCE"}, {" Special Administrative Region", "CITY"}, {" Province", "PROVINCE"},
        {" City", "CITY"}, {" County", "OTHER"}, {" District", "OTHER"}, {" Prefecture", "OTHER"},
        {" Township", "OTHER"}, {" Town", "CITY"}, {" Village", "OTHER"}, {" Region", "REGION"}, {" State", "PROVINCE"}};

    private Places() {
    }

    static boolean hasSuffix(String name) {
        for (String[] s : SUFFIXES) {
            if (name.endsWith(s[0]) && name.length() > s[0].length()) return true;
        }
        return false;
    }

    static EntitySubtype subtypeBySuffix(String name) {
        for (String[] s : SUFFIXES) {
            if (name.endsWith(s[0]) && name.length() > s[0].length()) return EntitySubtype.valueOf(s[1]);
        }
        String l = name.toLowerCase(Locale.ROOT);
        if (l.contains("border") || l.endsWith("countries") || l.endsWith(" sea") || l.endsWith(" ocean")) {
            return EntitySubtype.REGION;
        }
        return EntitySubtype.OTHER;
    }

    static String stripSuffix(String name) {
        for (String[] s : SUFFIXES) {
            if (name.endsWith(s[0]) && name.length() > s[0].length()) {
                return name.substring(0, name.length() - s[0].length());
            }
        }
        return name;
    }

    /** Mentions of one place share the gazetteer's name ("Fujian Province" and "Fujian" → "Fujian"). */
    static String canonical(String name, Gazetteer.Place known) {
        return known != null ? known.name().substring(0, 1).toUpperCase(Locale.ROOT) + known.name().substring(1)
                : name.replaceAll("\\s+", " ");
    }

    /** Suffix-named places and countries, provinces and regions the gazetteer knows, not yet covered. */
    static void fromGazetteer(String text, Sentence s, List<Draft> orgs, List<Draft> places, Gazetteer g) {
        int i = 0;
        while (i < s.size()) {
            if (!Organizations.isNameWord(s.token(i)) || !s.token(i).isProperNoun()) {
                i++;
                continue;
            }
            int j = Organizations.run(s, i, false);
            int start = s.token(i).start();
            int end = s.token(j - 1).end();
            String name = text.substring(start, end);
            if (hasSuffix(name) && j - i >= 2) {
                add(places, orgs, start, end, subtypeBySuffix(name), g.lookup(stripSuffix(name)), name, true);
                i = j;
                continue;
            }
            boolean found = false;
            for (int len = Math.min(3, j - i); len >= 1 && !found; len--) {
                for (int a = i; a + len <= j && !found; a++) {
                    int st = s.token(a).start();
                    int en = s.token(a + len - 1).end();
                    Gazetteer.Place p = g.lookup(text.substring(st, en));
                    if (p != null && p.subtype() != EntitySubtype.CITY && s.token(a).isProperNoun()
                            && !s.token(a).ner().equals("PERSON") && !s.token(a).ner().equals("ORGANIZATION")) {
                        add(places, orgs, st, en, p.subtype(), p, text.substring(st, en), false);
                        found = true;
                    }
                }
            }
            i = j;
        }
    }

    private static void add(List<Draft> places, List<Draft> orgs, int start, int end, EntitySubtype sub,
            Gazetteer.Place known, String name, boolean nestedOk) {
        if (places.stream().anyMatch(p -> p.overlaps(start, end))) return;
        if (!nestedOk && orgs.stream().anyMatch(o -> o.overlaps(start, end))) return;
        Draft d = new Draft(EntityType.PLACE, sub, start, end, canonical(name, known));
        d.withinName = known == null ? null : known.within();
        places.add(d);
    }

    /** "Sanming City, Fujian Province": a place followed by a larger one lies within it. */
    static void link(String text, List<Draft> places, Gazetteer g) {
        places.sort((a, b) -> Integer.compare(a.start, b.start));
        for (int i = 0; i + 1 < places.size(); i++) {
            Draft a = places.get(i);
            Draft b = places.get(i + 1);
            String between = text.substring(Math.min(a.end, b.start), b.start);
            if (b.start >= a.end && between.trim().equals(",") && rank(b.subtype) > rank(a.subtype)) {
                a.within = b;
            }
        }
    }

    static int rank(EntitySubtype s) {
        if (s == null) return 0;
        return switch (s) {
            case REGION -> 4;
            case COUNTRY -> 3;
            case PROVINCE -> 2;
            case CITY -> 1;
            default -> 0;
        };
    }
}
