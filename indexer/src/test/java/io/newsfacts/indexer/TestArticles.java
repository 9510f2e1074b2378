package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Change;
import io.newsfacts.extractor.model.Dateline;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Period;
import io.newsfacts.extractor.model.Predicate;
import io.newsfacts.extractor.model.Range;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Articles built by hand, with spans found by their text so a fixture edit cannot leave offsets stale. */
final class TestArticles {
    static final String FUJIAN_TEXT =
            "Police arrested 373,000 criminal suspects in Fujian, and 277 billion yuan of funds was stopped.";
    static final String CUSTOMS_TEXT =
            "Customs officers seized 12.5 tonnes of drugs in Guangdong. The haul was a record.";

    private TestArticles() {
    }

    /** Two figures (COUNT 373,000 and MONEY 277 billion CNY) in one sentence, two entities. */
    static Article fujian(String id) {
        String t = FUJIAN_TEXT;
        Entity police = entity("e1", EntityType.ORGANIZATION, EntitySubtype.AGENCY, span(t, "Police"), "Fujian Police");
        Entity fujian = entity("e2", EntityType.PLACE, EntitySubtype.PROVINCE, span(t, "Fujian"), "Fujian");
        Figure suspects = figure("f1", FigureKind.COUNT, span(t, "373,000"), new BigDecimal("373000"), null,
                span(t, "criminal suspects"), new Predicate(span(t, "arrested"), "arrest"), span(t, "Fujian"), "e1", 0);
        Figure funds = figure("f2", FigureKind.MONEY, span(t, "277 billion yuan"), new BigDecimal("277000000000"),
                "CNY", span(t, "funds"), new Predicate(span(t, "stopped"), "stop"), null, "e1", 0);
        return article(id, t, List.of(Span.of(t, 0, t.length())), List.of(suspects, funds), List.of(police, fujian));
    }

    /** One QUANTITY figure (12.5 tonnes) in the first of two sentences, two entities. */
    static Article customs(String id) {
        String t = CUSTOMS_TEXT;
        int dot = t.indexOf('.', t.indexOf("Guangdong")) + 1;
        Entity customs = entity("e1", EntityType.ORGANIZATION, EntitySubtype.AGENCY, span(t, "Customs"),
                "General Administration of Customs");
        Entity guangdong = entity("e2", EntityType.PLACE, EntitySubtype.PROVINCE, span(t, "Guangdong"), "Guangdong");
        Figure drugs = figure("f1", FigureKind.QUANTITY, span(t, "12.5 tonnes"), new BigDecimal("12.5"), "ton",
                span(t, "drugs"), new Predicate(span(t, "seized"), "seize"), span(t, "Guangdong"), "e1", 0);
        return article(id, t, List.of(Span.of(t, 0, dot), Span.of(t, dot + 1, t.length())), List.of(drugs),
                List.of(customs, guangdong));
    }

    /** The five sentences of {@link #ministry}; {@code %d} is a year. */
    static final String[] MINISTRY_SENTENCES = {
        "Beijing, October 26 -- From January to September this year, police across the country arrested 373,000"
                + " criminal suspects, an increase of 41.1% year-on-year.",
        "The Criminal Investigation Bureau of the Ministry of Public Security said 9,419 illegal exit gangs were"
                + " eliminated.",
        "In Xiamen, Fujian Province, the Xiamen Public Security Bureau arrested 22 important criminal suspects in"
                + " %d.",
        "Police in Sanming City seized drugs worth 1.5 billion yuan.",
        "Customs in Guangzhou, Guangdong seized 12.5 tonnes of frozen meat, between 10 and 20 percent of the"
                + " smuggled total."};

    /**
     * An article shaped like the corpus's Ministry of Public Security release, dated October 26 of {@code year}
     * (by its dateline and its "this year" period): seven figures of every kind, an agency under a ministry,
     * cities within provinces.
     * <pre>
     * f1 COUNT 373,000 criminal suspects, arrested, {year}-01..{year}-09, across the country
     * f2 PERCENT 41.1 %, of f1
     * f3 COUNT 9,419 illegal exit gangs, eliminated, agency: Criminal Investigation Bureau (parent: the Ministry)
     * f4 COUNT 22 important criminal suspects, arrested, {year - 1}, Xiamen (within Fujian), Xiamen PSB
     * f5 MONEY 1,500,000,000 CNY drugs, seized, Sanming City (canonical Sanming, within Fujian)
     * f6 QUANTITY 12.5 ton frozen meat, seized, Guangzhou (within Guangdong), customs
     * f7 PERCENT 10 % (range 10..20)
     * </pre>
     */
    static Article ministry(String id, int year) {
        String[] ss = MINISTRY_SENTENCES.clone();
        ss[2] = String.format(java.util.Locale.ROOT, ss[2], year - 1);
        String t = String.join(" ", ss);
        List<Span> sentences = new ArrayList<>();
        int at = 0;
        for (String sentence : ss) {
            sentences.add(Span.of(t, at, at + sentence.length()));
            at += sentence.length() + 1;
        }
        Finder x = new Finder(t);
        Span beijing = x.next("Beijing");
        Span dateline = Span.of(t, 0, "Beijing, October 26".length());
        Span periodText = x.next("From January to September this year");
        Span country = x.next("across the country");
        Span arrested1 = x.next("arrested");
        Span n373 = x.next("373,000");
        Span suspects1 = x.next("criminal suspects");
        Span pct41 = x.next("41.1%");
        Span bureau = x.next("Criminal Investigation Bureau of the Ministry of Public Security");
        x.reset(bureau.start());
        Span ministry = x.next("Ministry of Public Security");
        Span n9419 = x.next("9,419");
        Span gangs = x.next("illegal exit gangs");
        Span eliminated = x.next("eliminated");
        Span xiamen = x.next("Xiamen");
        Span fujian = x.next("Fujian Province");
        Span xiamenPsb = x.next("Xiamen Public Security Bureau");
        Span arrested2 = x.next("arrested");
        Span n22 = x.next("22");
        Span suspects2 = x.next("important criminal suspects");
        Span lastYear = x.next(String.valueOf(year - 1));
        Span sanming = x.next("Sanming City");
        Span seized1 = x.next("seized");
        Span drugs = x.next("drugs");
        Span yuan = x.next("1.5 billion yuan");
        Span customs = x.next("Customs");
        Span guangzhou = x.next("Guangzhou");
        Span guangdong = x.next("Guangdong");
        Span seized2 = x.next("seized");
        Span tonnes = x.next("12.5 tonnes");
        Span meat = x.next("frozen meat");
        Span between = x.next("between 10 and 20 percent");

        List<Entity> entities = List.of(
                entity("e1", EntityType.PLACE, EntitySubtype.CITY, beijing, "Beijing"),
                new Entity("e2", EntityType.ORGANIZATION, EntitySubtype.AGENCY, bureau, bureau.text(), "e3", null,
                        null, null, null, null),
                entity("e3", EntityType.ORGANIZATION, EntitySubtype.AGENCY, ministry, "Ministry of Public Security"),
                new Entity("e4", EntityType.PLACE, EntitySubtype.CITY, xiamen, "Xiamen", null, "e5", null, null, null,
                        null),
                entity("e5", EntityType.PLACE, EntitySubtype.PROVINCE, fujian, "Fujian"),
                entity("e6", EntityType.ORGANIZATION, EntitySubtype.AGENCY, xiamenPsb, "Xiamen Public Security Bureau"),
                new Entity("e7", EntityType.PLACE, EntitySubtype.CITY, sanming, "Sanming", null, "e5", null, null,
                        null, null),
                entity("e8", EntityType.ORGANIZATION, EntitySubtype.AGENCY, customs,
                        "General Administration of Customs"),
                new Entity("e9", EntityType.PLACE, EntitySubtype.CITY, guangzhou, "Guangzhou", null, "e10", null,
                        null, null, null),
                entity("e10", EntityType.PLACE, EntitySubtype.PROVINCE, guangdong, "Guangdong"));
        Period nineMonths = new Period(periodText, year + "-01", year + "-09");
        Period previous = new Period(lastYear, String.valueOf(year - 1), String.valueOf(year - 1));
        List<Figure> figures = List.of(
                new Figure("f1", FigureKind.COUNT, n373, new BigDecimal("373000"), null, null, null, suspects1,
                        new Predicate(arrested1, "arrest"), nineMonths, country, null, null, null, null, false, 0),
                new Figure("f2", FigureKind.PERCENT, pct41, new BigDecimal("41.1"), "%", null, null, null, null,
                        nineMonths, country, null, new Change("increase", "year-on-year"), "f1", null, false, 0),
                new Figure("f3", FigureKind.COUNT, n9419, new BigDecimal("9419"), null, null, null, gangs,
                        new Predicate(eliminated, "eliminate"), null, null, "e2", null, null, null, false, 1),
                new Figure("f4", FigureKind.COUNT, n22, new BigDecimal("22"), null, null, null, suspects2,
                        new Predicate(arrested2, "arrest"), previous, xiamen, "e6", null, null, null, false, 2),
                new Figure("f5", FigureKind.MONEY, yuan, new BigDecimal("1500000000"), "CNY", null, null, drugs,
                        new Predicate(seized1, "seize"), null, sanming, null, null, null, null, false, 3),
                new Figure("f6", FigureKind.QUANTITY, tonnes, new BigDecimal("12.5"), "ton", null, null, meat,
                        new Predicate(seized2, "seize"), null, guangzhou, "e8", null, null, null, false, 4),
                new Figure("f7", FigureKind.PERCENT, between, new BigDecimal("10"), "%", null,
                        new Range(new BigDecimal("10"), new BigDecimal("20")), null, null, null, null, null, null,
                        null, null, false, 4));
        Source source = new Source(id + ".txt", Integer.toHexString(t.hashCode()), t.length(), "UTF-8");
        return new Article(id, source, "en", t, sentences, new Dateline(dateline, "Beijing", "--10-26"), null,
                figures, entities, List.of());
    }

    /** One figure whose period's year is unknown (extracted without a date: "XXXX-01".."XXXX-09"), no dateline. */
    static Article unknownYear(String id) {
        String t = "From January to September this year, police arrested 5 suspects.";
        Figure f = new Figure("f1", FigureKind.COUNT, span(t, "5"), new BigDecimal("5"), null, null, null,
                span(t, "suspects"), new Predicate(span(t, "arrested"), "arrest"),
                new Period(span(t, "From January to September this year"), "XXXX-01", "XXXX-09"), null, null, null,
                null, null, false, 0);
        return article(id, t, List.of(Span.of(t, 0, t.length())), List.of(f), List.of());
    }

    /**
     * Fujian named twice ("Fujian", then "Fujian Province" within China), police once: three mentions, two
     * entities. One figure in Fujian.
     */
    static Article twoMentions(String id) {
        String t = "Fujian police arrested 5 people. Officials in Fujian Province, China praised them.";
        Finder x = new Finder(t);
        Span fujian1 = x.next("Fujian");
        Span police = x.next("police");
        Span arrested = x.next("arrested");
        Span five = x.next("5");
        Span people = x.next("people");
        Span fujian2 = x.next("Fujian Province");
        Span china = x.next("China");
        List<Entity> entities = List.of(
                entity("e1", EntityType.PLACE, EntitySubtype.PROVINCE, fujian1, "Fujian"),
                entity("e2", EntityType.ORGANIZATION, EntitySubtype.AGENCY, police, "Fujian Police"),
                new Entity("e3", EntityType.PLACE, EntitySubtype.PROVINCE, fujian2, "Fujian", null, "e4", null, null,
                        null, null),
                entity("e4", EntityType.PLACE, EntitySubtype.COUNTRY, china, "China"));
        Figure f = new Figure("f1", FigureKind.COUNT, five, new BigDecimal("5"), null, null, null, people,
                new Predicate(arrested, "arrest"), null, fujian1, "e2", null, null, null, false, 0);
        int dot = t.indexOf('.') + 1;
        return article(id, t, List.of(Span.of(t, 0, dot), Span.of(t, dot + 1, t.length())), List.of(f), entities);
    }

    /** Finds spans in order: each next() searches after the previous match, so repeated words are told apart. */
    private static final class Finder {
        private final String text;
        private int from;

        Finder(String text) {
            this.text = text;
        }

        Span next(String part) {
            int i = text.indexOf(part, from);
            if (i < 0) {
                throw new IllegalArgumentException("'" + part + "' not in fixture text after " + from);
            }
            from = i + part.length();
            return Span.of(text, i, i + part.length());
        }

        void reset(int at) {
            from = at;
        }
    }

    /** An article of {@code values.length} sentences "Officers seized N parcels.", one COUNT figure each. */
    static Article parcels(String id, int... values) {
        StringBuilder b = new StringBuilder();
        List<int[]> bounds = new ArrayList<>();
        for (int v : values) {
            if (b.length() > 0) {
                b.append(' ');
            }
            int start = b.length();
            b.append("Officers seized ").append(v).append(" parcels.");
            bounds.add(new int[] {start, b.length()});
        }
        String t = b.toString();
        List<Span> sentences = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            int s = bounds.get(i)[0];
            int e = bounds.get(i)[1];
            sentences.add(Span.of(t, s, e));
            int numStart = s + "Officers seized ".length();
            int numEnd = numStart + String.valueOf(values[i]).length();
            figures.add(figure("f" + (i + 1), FigureKind.COUNT, Span.of(t, numStart, numEnd),
                    BigDecimal.valueOf(values[i]), null, Span.of(t, numEnd + 1, e - 1),
                    new Predicate(Span.of(t, s + "Officers ".length(), numStart - 1), "seize"), null, null, i));
        }
        return article(id, t, sentences, figures, List.of());
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' not in fixture text");
        }
        return Span.of(text, i, i + part.length());
    }

    private static Article article(String id, String text, List<Span> sentences, List<Figure> figures,
            List<Entity> entities) {
        Source source = new Source(id + ".txt", Integer.toHexString(text.hashCode()), text.length(), "UTF-8");
        return new Article(id, source, "en", text, sentences, null, null, figures, entities, List.of());
    }

    private static Entity entity(String id, EntityType type, EntitySubtype subtype, Span span, String canonical) {
        return new Entity(id, type, subtype, span, canonical, null, null, null, null, null, null);
    }

    private static Figure figure(String id, FigureKind kind, Span span, BigDecimal value, String unit, Span counted,
            Predicate predicate, Span place, String agency, int sentence) {
        return new Figure(id, kind, span, value, unit, null, null, counted, predicate, null, place, agency, null, null,
                null, false, sentence);
    }
}
