package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The scored labels and attributes, in score.py's order (its JSON and tables list them so). */
final class Vocabulary {
    static final String SCORER = "newsfacts-score/1";
    static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "PLACE");
    static final List<String> FIGURE_KINDS = List.of("COUNT", "PERCENT", "MONEY", "QUANTITY", "DURATION");
    /** The bucket of figures whose kind is none of {@link #FIGURE_KINDS}. */
    static final String OTHER = "OTHER";
    static final List<String> KINDS_AND_OTHER = List.of("COUNT", "PERCENT", "MONEY", "QUANTITY", "DURATION", OTHER);
    static final List<String> FIGURE_ATTRIBUTES = List.of("value", "unit", "qualifier", "counted", "predicate",
            "period", "of", "partOf", "change.direction", "change.basis");

    private Vocabulary() {
    }

    /** {@code norm_kind}: a known kind, else OTHER. */
    static String normKind(JsonNode x) {
        String k = JsonValues.normLabel(x);
        return k != null && FIGURE_KINDS.contains(k) ? k : OTHER;
    }
}
