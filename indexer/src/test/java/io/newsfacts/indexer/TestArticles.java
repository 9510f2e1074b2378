package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Predicate;
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
        Figure drugs = figure("f1", FigureKind.QUANTITY, span(t, "12.5 tonnes"), new BigDecimal("12.5"), "tonne",
                span(t, "drugs"), new Predicate(span(t, "seized"), "seize"), span(t, "Guangdong"), "e1", 0);
        return article(id, t, List.of(Span.of(t, 0, dot), Span.of(t, dot + 1, t.length())), List.of(drugs),
                List.of(customs, guangdong));
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
