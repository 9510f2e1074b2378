package io.newsfacts.extractor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One extracted article: its text and everything found in it. The constructor checks that every span is the
 * text's slice, that figures and entities are sorted by offset and that ids they refer to exist.
 */
public record Article(
        String id,
        Source source,
        String language,
        String text,
        List<Span> sentences,
        Dateline dateline,
        String byline,
        List<Figure> figures,
        List<Entity> entities,
        List<Warning> warnings) {

    public static final String SCHEMA = "newsfacts/1";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
        for (Span s : sentences) {
            s.checkIn(text, "sentence");
        }
        if (dateline != null) {
            dateline.span().checkIn(text, "dateline");
        }
        Set<String> figureIds = new HashSet<>();
        int last = -1;
        for (Figure f : figures) {
            f.span().checkIn(text, "figure");
            if (f.counted() != null) f.counted().checkIn(text, "counted");
            if (f.predicate() != null) f.predicate().span().checkIn(text, "predicate");
            if (f.period() != null) f.period().span().checkIn(text, "period");
            if (f.place() != null) f.place().checkIn(text, "place");
            if (f.start() < last) throw new IllegalArgumentException("figures not sorted at " + f.start());
            last = f.start();
            if (!figureIds.add(f.id())) throw new IllegalArgumentException("duplicate figure id " + f.id());
        }
        Set<String> entityIds = new HashSet<>();
        last = -1;
        for (Entity e : entities) {
            e.span().checkIn(text, "entity");
            if (e.start() < last) throw new IllegalArgumentException("entities not sorted at " + e.start());
            last = e.start();
            if (!entityIds.add(e.id())) throw new IllegalArgumentException("duplicate entity id " + e.id());
        }
        for (Figure f : figures) {
            requireRef(figureIds, f.of(), "of", f.id());
            requireRef(figureIds, f.partOf(), "partOf", f.id());
            requireRef(entityIds, f.agency(), "agency", f.id());
        }
        for (Entity e : entities) {
            requireRef(entityIds, e.parent(), "parent", e.id());
            requireRef(entityIds, e.within(), "within", e.id());
            requireRef(entityIds, e.agency(), "agency", e.id());
        }
        for (Warning w : warnings) {
            if (w.span() != null) w.span().checkIn(text, "warning"); // null: about the whole article
        }
    }

    private static void requireRef(Set<String> ids, String ref, String field, String owner) {
        if (ref != null && !ids.contains(ref)) {
            throw new IllegalArgumentException(owner + "." + field + " refers to unknown id " + ref);
        }
    }
}
