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
 * @param predicate   the figure's predicate as written, or null
 * @param lemma       the predicate's lemma, or null
 * @param agency      canonical name of the figure's agency (of a person's agency for entities), or null
 * @param place       where: the canonical names of the place and the places containing it ({@code "Xiamen,
 *                    Fujian"}), or the place's text when no place entity stands there; for a place entity, the
 *                    places containing it; or null
 * @param period      the figure's period as ISO bounds ({@code 2020-01/2020-09}, {@code XXXX-06} when the year is
 *                    unknown), or null
 * @param articleDate the article's date ({@code 2020-10-26}), or null when unknown
 * @param sentence    the sentence the hit stands in, or null when unknown
 * @param highlighted that sentence with each query match wrapped in «…» (for a figure found by its value alone,
 *                    the figure's own text), or null when the sentence is unknown
 * @param json        the figure or entity as one JSON object of the contract (ids refer to its article)
 * @param score       relevance (0 when only filters matched)
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
        String lemma,
        String agency,
        String place,
        String period,
        String articleDate,
        String sentence,
        String highlighted,
        String json,
        float score) {

    public Hit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(json, "json");
    }

    /** This hit with another highlighted sentence. */
    public Hit withHighlighted(String highlighted) {
        return new Hit(type, articleId, id, kind, value, unit, text, counted, predicate, lemma, agency, place, period,
                articleDate, sentence, highlighted, json, score);
    }

    /** Whether this hit is a figure (else an entity). */
    public boolean isFigure() {
        return "figure".equals(type);
    }
}
