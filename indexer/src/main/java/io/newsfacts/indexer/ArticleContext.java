package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.Period;
import io.newsfacts.extractor.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the index needs to know of an article beyond one figure: its entities by id, the place entity standing
 * at a figure's place, the {@code parent} and {@code within} chains, and the article's date. Built once per
 * article while indexing; resolves only inside the article (ids are per article).
 */
final class ArticleContext {
    /** Deeper than any real hierarchy; a guard against a cycle of ids. */
    private static final int MAX_DEPTH = 16;

    private final Article article;
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<Entity> places = new ArrayList<>();
    /** Mentions of one entity: same type, same canonical name. */
    private final Map<String, List<Entity>> sameEntity = new HashMap<>();

    ArticleContext(Article article) {
        this.article = article;
        for (Entity e : article.entities()) {
            byId.put(e.id(), e);
            if (e.type() == EntityType.PLACE) {
                places.add(e);
            }
            sameEntity.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
    }

    private static String key(Entity e) {
        return e.type() + "\u0000" + e.canonical();
    }

    Entity entity(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * The canonical names of an agency and of the organisations above it, the agency's own first. What one mention
     * says holds for all mentions of the agency: if any has a parent, they all have it.
     */
    List<String> agencyChain(Entity agency) {
        return chain(agency, true);
    }

    /** The canonical names of a place and of the places containing it, the place's own first; as for agencies. */
    List<String> placeChain(Entity place) {
        return chain(place, false);
    }

    private List<String> chain(Entity start, boolean parents) {
        Set<String> names = new LinkedHashSet<>();
        names.add(start.canonical());
        walk(start, parents, names, 0);
        return List.copyOf(names);
    }

    /** Adds the names above every mention of {@code e}'s entity, breadth by mention, depth-bounded. */
    private void walk(Entity e, boolean parents, Set<String> names, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Entity mention : sameEntity.getOrDefault(key(e), List.of(e))) {
            Entity up = entity(parents ? mention.parent() : mention.within());
            if (up != null && names.add(up.canonical())) {
                walk(up, parents, names, depth + 1);
            }
        }
    }

    /**
     * The place entity standing at a figure's place: one whose span equals the place's, else one containing it
     * ("Sanming" inside "Sanming City"), else the first one inside it ("in Xiamen, Fujian" holds Xiamen). Null
     * when the place is no entity ("across the country").
     */
    Entity placeAt(Span place) {
        if (place == null) {
            return null;
        }
        Entity containing = null;
        Entity inside = null;
        for (Entity e : places) {
            if (e.start() == place.start() && e.end() == place.end()) {
                return e;
            }
            if (containing == null && e.span().contains(place)) {
                containing = e;
            } else if (inside == null && place.contains(e.span())) {
                inside = e;
            }
        }
        return containing != null ? containing : inside;
    }

    /**
     * The article's date, or null when the article does not say it. The contract has no publication date, so it
     * is read from the dateline: its date when that has a year; else its month and day in the year that the
     * article's "this year" periods and dates were resolved to (known when the article was extracted with
     * {@code --date} or its page had a date). Never guessed beyond that.
     */
    PartialDate date() {
        if (article.dateline() == null || article.dateline().date() == null) {
            return null;
        }
        String d = article.dateline().date();
        PartialDate full = PartialDate.parseOrNull(d);
        if (full != null) {
            return full;
        }
        if (!d.matches("--\\d{2}-\\d{2}")) {
            return null;
        }
        Integer year = thisYear();
        if (year == null) {
            return null;
        }
        try {
            return new PartialDate(year, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(5, 7)));
        } catch (IllegalArgumentException e) {
            return null; // "--02-30": the dateline's own problem, not a date to index
        }
    }

    /** The year "this year" stands for in this article, from its resolved periods and DATE entities. */
    private Integer thisYear() {
        for (Figure f : article.figures()) {
            Period p = f.period();
            if (p != null && saysThisYear(p.span().text())) {
                Integer y = leadingYear(p.to() != null ? p.to() : p.from());
                if (y != null) {
                    return y;
                }
            }
        }
        for (Entity e : article.entities()) {
            if (e.type() == EntityType.DATE && saysThisYear(e.text())) {
                Integer y = leadingYear(e.value());
                if (y != null) {
                    return y;
                }
            }
        }
        return null;
    }

    private static boolean saysThisYear(String text) {
        return text.toLowerCase(Locale.ROOT).contains("this year");
    }

    private static Integer leadingYear(String iso) {
        if (iso == null || iso.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(iso.charAt(i)) || iso.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(iso.substring(0, 4));
    }
}
