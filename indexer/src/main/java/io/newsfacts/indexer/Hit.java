package io.newsfacts.indexer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One search result: a figure or an entity, with what is needed to show it without reading the article.
 *
 * @param type        {@code "figure"} or {@code "entity"}
 * @param articleId   the article's id
 * @param id          the figure's or entity's id inside its article ({@code f1}, {@code e3})
 * @param kind        the figure kind ({@code COUNT}, …) or the entity type ({@code PLACE}, …)
 * @param value       the figure's exact value; null for entities and malformed numbers
 * @param unit        the figure's unit, or null
 * @param text        the figure's or entity's own text ({@code "373,000"}, {@code "Fujian"})
 * @param counted     the figure's counted phrase, or null
 * @param predicate   the figure's predicate text, or null
 * @param agency      canonical name of the figure's agency (of a person's agency for entities), or null
 * @param place       the figure's place text (the canonical name of the place an entity lies within), or null
 * @param sentence    the sentence the hit stands in, or null when unknown
 * @param highlighted that sentence with each query match wrapped in «…», or null when the sentence is unknown
 * @param score       relevance; 1.0 for every hit of a query-less search
 */
public record Hit(
        String type,
        String articleId,
        String id,
        String kind,
        BigDecimal value,
        String unit,
        String text,
        String counted,
        String predicate,
        String agency,
        String place,
        String sentence,
        String highlighted,
        float score) {

    public Hit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
