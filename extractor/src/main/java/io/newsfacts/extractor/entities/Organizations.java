package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.entities.EntityStage.Draft;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.Months;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organization names from their shape: a run of capitalised words ending in a head noun ("Bureau",
 * "Department", "Ministry", "Inc."), extended by "of"-chains ("… Bureau of the Ministry of Public Security") whose
 * inner agency becomes the parent. Elliptic names ("the Provincial Public Security Department") take the place
 * of the story; acronyms take the full name they abbreviate.
 */
final class Organizations {
    static final Set<String> AGENCY_HEADS = Set.of("ministry", "bureau", "department", "office", "agency",
            "administration", "commission", "committee", "council", "court", "procuratorate", "police", "customs",
            "authority", "authorities", "service", "directorate", "force", "army", "navy", "government", "congress",
            "parliament", "senate", "assembly", "cabinet", "secretariat", "board", "guard", "corps", "command",
            "inspectorate", "tribunal", "division", "squad", "detachment", "brigade", "station", "prosecutors",
            "procurator", "legislature", "municipality", "constabulary", "gendarmerie", "fbi", "cia", "nasa",
            "headquarters", "regulator", "commissioner");
    static final Set<String> COMPANY_HEADS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "company", "co",
            "co.", "ltd", "ltd.", "limited", "group", "holdings", "bank", "airlines", "airways", "motors",
            "technologies", "technology", "llc", "plc", "ag", "gmbh", "s.a.", "systems", "enterprises", "industries",
            "pharmaceuticals", "partners", "capital", "securities", "insurance", "media", "entertainment",
            "studios", "records", "telecom", "communications", "energy", "petroleum", "electronics", "journal");
    static final Set<String> OTHER_HEADS = Set.of("university", "institute", "association", "foundation", "society",
            "federation", "union", "party", "club", "organization", "organisation", "academy", "school", "college",
            "hospital", "church", "league", "alliance", "network", "centre", "center", "museum", "trust", "fund",
            "coalition", "movement", "conference", "council", "observatory", "laboratory", "project", "programme");
    private static final Set<String> ELLIPTIC = Set.of("provincial", "municipal", "city", "county", "district",
            "prefectural", "state", "regional");

    /** Titles written after a body's name, not part of it ("Museum of Flight CEO", "Ottawa New Democrat MP"). */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("CEO", "CFO", "COO", "MP", "MPs", "MEP", "MSP",
            "MLA", "MPP", "CTO");
    /** Plural nouns whose possessive belongs inside a name ("People's Bank", "Children's Hospital"). */
    private static final Set<String> POSSESSIVE_NAMES = Set.of("people", "children", "women", "men", "workers",
            "veterans", "citizens", "farmers", "writers", "nations", "peoples", "teachers", "officers");
    /** Country forms that open an organization's name and are a place inside it ("US State Department"). */
    private static final Set<String> COUNTRY_MODIFIERS = Set.of("us", "u.s.", "u.s", "uk", "u.k.", "eu",
            "united states", "united kingdom", "britain", "america");
    /** Heads of facilities, which are places ("Museum of Flight", "Shandao Station"). */
    static final Set<String> FACILITY_HEADS = Set.of("museum", "airport", "station", "stadium", "hall", "park",
            "base", "bridge", "tower", "towers", "square", "plaza", "arena", "palace", "cathedral", "temple",
            "mosque", "gallery", "theatre", "theater", "zoo", "port", "harbour", "harbor");
    /** Words before "Centre" that make it a body, not a building ("Pew Research Center", "Foreign Policy Centre"). */
    private static final Set<String> INSTITUTE_CENTRES = Set.of("research", "policy", "rights", "security", "studies",
            "information", "complaint", "coordination", "longevity", "aerospace", "development", "resource",
            "resources", "health", "medical", "cancer", "documentation", "monitoring", "prevention", "control",
            "training", "support", "advice", "legal", "law", "analysis", "strategy", "intelligence", "enforcement",
            "emergency", "crisis", "data", "computing", "disease", "fraud", "management", "forecasting", "affairs");

    /** Heads a letter names one of ("Group F", "Pool B"). */
    private static final Set<String> LETTERED_HEADS = Set.of("group", "pool");
    /** Heads of bodies named for their subject with "on" ("Council on Foreign Relations"). */
    private static final Set<String> SUBJECT_HEADS = Set.of("council", "committee", "commission", "conference",
            "subcommittee", "panel", "institute", "center", "centre", "forum", "task");

    private Organizations() {
    }

    static EntitySubtype subtypeOf(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = w.length - 1; i >= 0; i--) {
            if (AGENCY_HEADS.contains(w[i])) return EntitySubtype.AGENCY;
            if (COMPANY_HEADS.contains(w[i])) return EntitySubtype.COMPANY;
            if (OTHER_HEADS.contains(w[i])) return EntitySubtype.OTHER;
        }
        return EntitySubtype.OTHER;
    }

    private static boolean isHead(Token t) {
        String w = t.lower();
        return AGENCY_HEADS.contains(w) || COMPANY_HEADS.contains(w) || OTHER_HEADS.contains(w)
                || FACILITY_HEADS.contains(w);
    }

    static boolean isNameWord(Token t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        return w.codePoints().anyMatch(Character::isLetter);
    }

    /** The end (exclusive) of the run of name words from token i. */
    static int run(Sentence s, int i, boolean allowAnd) {
        int j = i;
        while (j < s.size()) {
            Token t = s.token(j);
            if (isNameWord(t) && !(j > i && TITLE_ABBREVIATIONS.contains(t.word()))) {
                j++;
            } else if ((t.word().equals("'s") || t.word().equals("'")) && j > i && j + 1 < s.size()
                    && isNameWord(s.token(j + 1)) && POSSESSIVE_NAMES.contains(s.token(j - 1).lower())) {
                j++; // "People's Army"; otherwise a possessive ends the name ("Scientology's")
            } else if (allowAnd && j > i && (t.word().equals("and") || t.word().equals("&")) && j + 1 < s.size()
                    && isNameWord(s.token(j + 1)) && !secondName(s, j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static void find(String text, Sentence s, List<Draft> orgs, List<Draft> places, Gazetteer gazetteer) {
        int i = 0;
        while (i < s.size()) {
            if (!isNameWord(s.token(i))) {
                i++;
                continue;
            }
            int j = run(s, i, false);
            // "Securities and Exchange Commission", "Food and Drug Administration": "and" inside a name the NER
            // tags as one organization (not "Google and Microsoft Corporation", nor "British Bankers Association and
            // Building Societies Association": two names)
            while (j + 1 < s.size() && (s.token(j).word().equals("and") || s.token(j).word().equals("&"))
                    && isNameWord(s.token(j + 1)) && !AGENCY_HEADS.contains(s.token(j - 1).lower())
                    && !OTHER_HEADS.contains(s.token(j - 1).lower()) && isOrganizationNer(s, j - 1)
                    && isOrganizationNer(s, j) && isOrganizationNer(s, j + 1) && !sameLastWord(s, j)) {
                j = run(s, j + 1, false);
            }
            if (j + 1 < s.size() && (s.token(j).word().equals("and") || s.token(j).word().equals("&"))
                    && isNameWord(s.token(j + 1)) && facilityAfterAnd(s, i, j)) {
                j = run(s, j + 1, false); // "National Air and Space Museum", "Victoria and Albert Museum"
            }
            if (fieldAgency(text, s, i, j, orgs, gazetteer) || media(text, s, i, j, orgs)) {
                i = j;
                continue;
            }
            int a = i;
            while (a < j && !isHead(s.token(a)) && (s.token(a).isFunctionWord()
                    || a == 0 && !s.token(a).isProperNoun() && !s.token(a).isAdjective())) {
                a++; // "The", "Among", sentence openers; a nationality adjective stays ("Korean People's Army")
            }
            int country = countryModifier(text, s, a, j, places, gazetteer);
            int h = -1;
            for (int k = a; k < j; k++) {
                if (isHead(s.token(k))) h = k;
            }
            if (h < 0) {
                i = j;
                continue;
            }
            if (country > 0 && !AGENCY_HEADS.contains(s.token(h).lower()) && h > a + country) {
                a += country; // "US Carnival Corporation": a company's own name does without the country ("US Airways" not)
            }
            int end = h;
            if (h + 1 < j && LETTERED_HEADS.contains(s.token(h).lower())
                    && s.token(h + 1).word().matches("[A-H]")) {
                end = h + 1; // "Group F", "Pool B": the letter names the group
            }
            int parentStart = -1;
            // "of"-chains: "Bureau of the Ministry of Public Security", "Public Security Bureau of Sanming City"
            while (end + 2 < s.size() && connects(s.token(end + 1).lower(), s.token(h).lower())) {
                int k = end + 2;
                if (s.token(k).lower().equals("the") && k + 1 < s.size()) k++;
                if (!isNameWord(s.token(k)) || notAComplement(s.token(k))) break;
                if ((end > h || h > a) && s.token(k - 1).lower().equals("the")
                        && COUNTRY_SHORT.contains(s.token(k).lower()) && run(s, k, false) == k + 1) {
                    break; // "University of Sheffield of the UK", "Colorado State University of the US"
                }
                int r = run(s, k, true);
                for (int x = k + 1; x < r; x++) {
                    if (s.token(x).ner().equals("PERSON") && !s.token(k).ner().equals("PERSON")) {
                        r = x; // "University of Texas Arlington Amneh Jafari": a person ends the name
                        break;
                    }
                }
                if (parentStart < 0) {
                    for (int x = k; x < r; x++) {
                        if (isHead(s.token(x)) && AGENCY_HEADS.contains(s.token(x).lower())) parentStart = k;
                    }
                }
                if (parentStart < 0) addComplementPlace(text, s, k, r, places, gazetteer);
                end = r - 1;
            }
            if (end == a && a == h && !COMPANY_HEADS.contains(s.token(h).lower())) {
                i = j; // a lone capitalised head ("Police said") is not a name
                continue;
            }
            int start = s.token(a).start();
            int stop = s.token(end).end();
            String name = text.substring(start, stop).replaceAll("\\s+", " ");
            // "Kennedy Space Center", "Metro Toronto Convention Centre": a centre named by what it houses is a
            // facility; one with a complement is a body ("Australian Centre for Control of Iodine Deficiency")
            boolean centre = (s.token(h).lower().equals("center") || s.token(h).lower().equals("centre")) && end == h
                    && !(h > a && INSTITUTE_CENTRES.contains(s.token(h - 1).lower()));
            if (FACILITY_HEADS.contains(s.token(h).lower()) || centre) {
                if (places.stream().noneMatch(p -> p.overlaps(start, stop))
                        && orgs.stream().noneMatch(o -> o.overlaps(start, stop))) {
                    places.add(new Draft(EntityType.PLACE, EntitySubtype.OTHER, start, stop, name));
                    if (parentStart >= 0) { // "National Museum of the U.S. Air Force": the body it is named for
                        String body = text.substring(s.token(parentStart).start(), stop).replaceAll("\\s+", " ");
                        orgs.add(new Draft(EntityType.ORGANIZATION, subtypeOf(body), s.token(parentStart).start(),
                                stop, body));
                    }
                }
            } else if (orgs.stream().noneMatch(o -> o.overlaps(start, stop))) {
                Draft d = new Draft(EntityType.ORGANIZATION, subtypeOf(text.substring(s.token(a).start(),
                        s.token(h).end())), start, stop, name);
                if (parentStart >= 0) {
                    d.parentName = text.substring(s.token(parentStart).start(), stop).replaceAll("\\s+", " ");
                    d.parentStart = s.token(parentStart).start();
                }
                orgs.add(d);
                addPrefixPlace(text, s, a, h, places, gazetteer);
            }
            i = Math.max(j, end + 1);
        }
    }

    /**
     * "of", "for" join a complement to any name; "on" only to a body named for its subject ("Council on Foreign
     * Relations", not "Kennedy Space Center on April 12"); "at" only to a school's ("University of X at Y").
     */
    private static boolean connects(String word, String head) {
        return word.equals("of") || word.equals("for")
                || word.equals("on") && SUBJECT_HEADS.contains(head)
                || word.equals("at") && Set.of("university", "college", "school", "institute").contains(head);
    }

    /**
     * Whether the words after the "and" at {@code and}, inside a name's complement, are a name of their own: they
     * end in a body's head after a name of its own ("Institute of Technology and Colorado State University") or in
     * the same word as the words before, unlike "Ministry of Industry and Information Technology" or "Centre for
     * Transport and Society".
     */
    private static boolean secondName(Sentence s, int and) {
        int r = run(s, and + 1, false);
        String last = s.token(r - 1).lower();
        return r - (and + 1) >= 2 && (AGENCY_HEADS.contains(last) || OTHER_HEADS.contains(last))
                || sameLastWord(s, and);
    }

    /** Heads of a building named with "and" inside ("Victoria and Albert Museum"). */
    private static final Set<String> HALLS = Set.of("museum", "gallery", "hall", "theatre", "theater");

    /**
     * Whether the name words [i, and) without a head of their own and the two words after "and", ending in
     * "Museum", "Hall" or the like, are one name ("National Air and Space Museum", "Rock and Roll Hall of Fame"); not
     * when the first words are a place or a person ("London and Royal Albert Hall").
     */
    private static boolean facilityAfterAnd(Sentence s, int i, int and) {
        if (and - i > 2) return false;
        for (int k = i; k < and; k++) {
            Token t = s.token(k);
            if (isHead(t) || t.ner().equals("LOCATION") || t.ner().equals("PERSON") || Months.isFullName(t.word())) {
                return false;
            }
        }
        int r = run(s, and + 1, false);
        return r - and == 3 && HALLS.contains(s.token(r - 1).lower())
                && !s.token(and + 1).ner().equals("PERSON") && !s.token(and + 1).ner().equals("LOCATION");
    }

    /** "Health Canada and Statistics Canada": two names ending alike, not "Securities and Exchange Commission". */
    private static boolean sameLastWord(Sentence s, int and) {
        int r = run(s, and + 1, false);
        return s.token(r - 1).lower().equals(s.token(and - 1).lower());
    }

    /** The short form of a country after "the" that tells where a named body is ("of the US", "of the UK"). */
    private static final Set<String> COUNTRY_SHORT = Set.of("us", "u.s.", "uk", "u.k.");

    /** Fields a government names an agency by, before the country's name ("Environment Canada", "Sport England"). */
    private static final Set<String> AGENCY_FIELDS = Set.of("environment", "health", "statistics", "parks",
            "transport", "industry", "elections", "sport", "tourism", "fisheries", "heritage", "infrastructure",
            "agriculture", "justice", "finance", "revenue", "immigration", "citizenship", "service", "services",
            "highways", "historic", "natural", "veterans", "communications", "education", "trade");

    /**
     * "Environment Canada", "Statistics Canada", "Public Health England", "Sport Australia": a field and a country's
     * name, the whole run, is an agency (the country a place inside it).
     */
    private static boolean fieldAgency(String text, Sentence s, int i, int j, List<Draft> orgs, Gazetteer g) {
        if (j - i < 2 || j - i > 3) return false;
        Token country = s.token(j - 1);
        Gazetteer.Place p = g.lookup(country.word());
        if (!(p != null && p.subtype() == EntitySubtype.COUNTRY || Metonymy.HOME_NATIONS.contains(country.lower()))) {
            return false;
        }
        if (!AGENCY_FIELDS.contains(s.token(j - 2).lower())) return false;
        if (j - i == 3 && !s.token(i).lower().equals("public")) return false; // "Public Health England"
        int start = s.token(i).start();
        int end = country.end();
        if (orgs.stream().anyMatch(o -> o.overlaps(start, end))) return false;
        orgs.add(new Draft(EntityType.ORGANIZATION, EntitySubtype.AGENCY, start, end, text.substring(start, end)));
        return true;
    }

    /** Mastheads: a newspaper's last word ("Toronto Star", "Saudi Gazette", "Wall Street Journal"). */
    private static final Set<String> MEDIA_HEADS = Set.of("times", "post", "journal", "observer", "star",
            "examiner", "mail");
    /** Words that end a capitalised name only as a masthead ("Saudi Gazette", "Chicago Tribune"). */
    private static final Set<String> MASTHEADS_ONLY = Set.of("gazette", "herald", "tribune", "chronicle", "telegraph",
            "inquirer", "courier", "press", "news");
    /** Words that open a masthead without being a place ("Daily Mail", "Financial Times"). */
    private static final Set<String> MASTHEAD_WORDS = Set.of("daily", "morning", "evening", "sunday", "weekly",
            "national", "financial", "huffington", "straits");

    /**
     * A run ending in a masthead word after a place, a nationality or a masthead word ("Toronto Star", "Saudi
     * Gazette", "Daily Mail") is a newspaper, a company; not "Lone Star" or "Trading Post".
     */
    private static boolean media(String text, Sentence s, int i, int j, List<Draft> orgs) {
        if (singleMasthead(s, i, j)) {
            Token paper = s.token(j - 1);
            if (orgs.stream().anyMatch(o -> o.overlaps(paper.start(), paper.end()))) return false;
            orgs.add(new Draft(EntityType.ORGANIZATION, EntitySubtype.COMPANY, paper.start(), paper.end(),
                    paper.word()));
            return true;
        }
        if (j - i < 2 || !MEDIA_HEADS.contains(s.token(j - 1).lower())
                && !MASTHEADS_ONLY.contains(s.token(j - 1).lower())) {
            return false;
        }
        if (s.token(j) != null && s.token(j).word().equals("of")) return false; // "Medical Journal of Australia"
        int a = i;
        while (a < j - 1 && (s.token(a).isFunctionWord() || s.token(a).word().matches("\\p{Lu}[\\p{L}.]*-\\p{Ll}+"))) {
            a++; // "the", and a description before the name ("China-published Economic Observer")
        }
        if (a >= j - 1) return false;
        boolean named = false;
        for (int k = a; k < j; k++) {
            if (s.token(k).ner().equals("PERSON")) return false; // "Jim Courier"
        }
        for (int k = a; k < j - 1; k++) {
            String ner = s.token(k).ner();
            if (ner.equals("LOCATION") || ner.equals("MISC")
                    || ner.equals("ORGANIZATION")
                    || MASTHEAD_WORDS.contains(s.token(k).lower())) {
                named = true;
            }
        }
        if (!named && !MASTHEADS_ONLY.contains(s.token(j - 1).lower())) return false;
        int start = s.token(a).start();
        int end = s.token(j - 1).end();
        if (orgs.stream().anyMatch(o -> o.overlaps(start, end))) return false;
        orgs.add(new Draft(EntityType.ORGANIZATION, EntitySubtype.COMPANY, start, end,
                text.substring(start, end).replaceAll("\\s+", " ")));
        return true;
    }

    /** Newspapers named by one word after "the" ("The Guardian cited", "told the Independent"). */
    private static final Set<String> SINGLE_MASTHEADS = Set.of("guardian", "times", "independent", "observer",
            "economist", "telegraph", "scotsman", "spectator");

    /**
     * "the Guardian" and the run [i, j) is that one word (after "The" or "the"), not followed by a noun it
     * qualifies ("the Independent candidate").
     */
    private static boolean singleMasthead(Sentence s, int i, int j) {
        int a = i;
        if (s.token(a).lower().equals("the")) a++;
        else if (a == 0 || !s.token(a - 1).lower().equals("the")) return false;
        if (j - a != 1 || !SINGLE_MASTHEADS.contains(s.token(a).lower())) return false;
        Token after = s.token(j);
        return after == null || !Character.isLetter(after.word().charAt(0)) || after.isFunctionWord()
                || after.isVerb() || REPORTING_VERBS.contains(after.lower());
    }

    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "reported", "reports", "cited",
            "revealed", "wrote", "quoted", "claimed", "understands", "learned", "learnt", "obtained", "published");

    private static boolean isOrganizationNer(Sentence s, int k) {
        return s.token(k).ner().equals("ORGANIZATION");
    }

    /** A date or a code after "of"/"on" is no part of a name ("Court of Cassation on July 9", "on STS-1"). */
    private static boolean notAComplement(Token t) {
        String w = t.word();
        return Months.isFullName(w) || WEEKDAYS.contains(t.lower()) || w.chars().anyMatch(Character::isDigit);
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * "US" in "US State Department", "U.S. Department of Agriculture", "UK Government": part of the agency's name
     * (without it, "State Department" and "Government" name no one in particular) and a place of its own inside it.
     * Returns the modifier's length in tokens (0 when there is none).
     */
    private static int countryModifier(String text, Sentence s, int a, int j, List<Draft> places, Gazetteer g) {
        for (int len = Math.min(2, j - a - 1); len >= 1; len--) {
            int start = s.token(a).start();
            int end = s.token(a + len - 1).end();
            String name = text.substring(start, end);
            if (COUNTRY_MODIFIERS.contains(name.toLowerCase(Locale.ROOT))) {
                Gazetteer.Place p = g.lookup(name);
                if (places.stream().noneMatch(x -> x.overlaps(start, end))) {
                    Draft d = new Draft(EntityType.PLACE, EntitySubtype.COUNTRY, start, end,
                            p == null ? name : Places.canonical(name, p));
                    places.add(d);
                }
                return len;
            }
        }
        return 0;
    }

    /** "Xiamen" in "Xiamen Public Security Bureau": a known place opening an organization's name. */
    private static void addPrefixPlace(String text, Sentence s, int a, int h, List<Draft> places, Gazetteer g) {
        for (int len = Math.min(3, h - a); len >= 1; len--) {
            String name = text.substring(s.token(a).start(), s.token(a + len - 1).end());
            Gazetteer.Place p = g.lookup(name);
            if (p != null && s.token(a).isProperNoun()) {
                int start = s.token(a).start();
                int end = s.token(a + len - 1).end();
                if (places.stream().noneMatch(x -> x.overlaps(start, end))) {
                    Draft d = new Draft(EntityType.PLACE, p.subtype(), start, end, p.name());
                    d.withinName = p.within();
                    places.add(d);
                }
                return;
            }
        }
    }

    /** "Sanming City" in "Public Security Bureau of Sanming City": a place as an organization's complement. */
    private static void addComplementPlace(String text, Sentence s, int k, int r, List<Draft> places, Gazetteer g) {
        int start = s.token(k).start();
        int end = s.token(r - 1).end();
        String name = text.substring(start, end);
        EntitySubtype bySuffix = Places.subtypeBySuffix(name);
        Gazetteer.Place p = g.lookup(name);
        if (p == null && bySuffix == EntitySubtype.OTHER && !Places.hasSuffix(name)) return;
        if (places.stream().anyMatch(x -> x.overlaps(start, end))) return;
        Gazetteer.Place base = p != null ? p : g.lookup(Places.stripSuffix(name));
        EntitySubtype sub = Places.hasSuffix(name) ? bySuffix : p.subtype();
        Draft d = new Draft(EntityType.PLACE, sub, start, end, Places.canonical(name, base));
        d.withinName = base == null ? null : base.within();
        places.add(d);
    }

    /** Elliptic names take the story's place; acronyms the full name they abbreviate. */
    static void resolve(List<Draft> orgs, List<Draft> places) {
        for (Draft o : orgs) {
            String first = o.canonical.split(" ")[0].toLowerCase(Locale.ROOT);
            if (ELLIPTIC.contains(first) && o.subtype == EntitySubtype.AGENCY) {
                EntitySubtype want = first.equals("provincial") || first.equals("state") || first.equals("regional")
                        ? EntitySubtype.PROVINCE : EntitySubtype.CITY;
                Draft best = null;
                for (Draft p : places) {
                    if (p.subtype == want && p.end <= o.start && (best == null || p.start > best.start)) best = p;
                }
                if (best != null) o.canonical = best.canonical + " " + o.canonical;
            }
        }
        for (Draft o : orgs) {
            String c = o.canonical;
            if (c.length() >= 2 && c.length() <= 6 && c.equals(c.toUpperCase(Locale.ROOT)) && c.chars().allMatch(Character::isLetter)) {
                for (Draft full : orgs) {
                    if (full != o && initials(full.canonical).equals(c)) {
                        o.canonical = full.canonical;
                        o.subtype = full.subtype;
                        break;
                    }
                }
            }
        }
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || Set.of("of", "the", "and", "for", "&").contains(w.toLowerCase(Locale.ROOT))) continue;
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }
}
