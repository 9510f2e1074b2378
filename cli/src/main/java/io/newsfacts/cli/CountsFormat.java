package io.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.indexer.Facets;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** How counts per value are printed, by stats and by search with facets: small aligned tables, or JSON. */
final class CountsFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TITLES = Map.of("kind", "figures by kind", "agency",
            "figures by agency", "place", "figures by place (a city also counts for its province)", "predicate",
            "figures by predicate", "year", "figures by period year");

    private CountsFormat() {
    }

    /** One table per facet, each of at most {@code top} rows (all when {@code top} is 0), largest count first. */
    static void tables(PrintWriter out, Facets facets, int top) {
        facets.byName().forEach((name, counts) -> table(out, TITLES.get(name), counts, top));
    }

    private static void table(PrintWriter out, String title, Map<String, Long> counts, int top) {
        out.printf("%n%s%n", title);
        if (counts.isEmpty()) {
            out.println("  (none)");
            return;
        }
        long shown = top == 0 ? counts.size() : Math.min(top, counts.size());
        int width = counts.keySet().stream().limit(shown).mapToInt(String::length).max().orElse(0);
        int digits = counts.values().stream().limit(shown).mapToInt(n -> grouped(n).length()).max().orElse(1);
        counts.entrySet().stream().limit(shown).forEach(e -> out.printf(Locale.ROOT, "  %-" + width + "s  %"
                + digits + "s%n", e.getKey(), grouped(e.getValue())));
        if (shown < counts.size()) {
            out.printf(Locale.ROOT, "  … %d more%n", counts.size() - shown);
        }
    }

    /** The facets as one JSON object of objects: {"kind": {"COUNT": 12, …}, "agency": {…}, …}. */
    static ObjectNode json(Facets facets) {
        ObjectNode all = JSON.createObjectNode();
        facets.byName().forEach((name, counts) -> {
            ObjectNode n = all.putObject(name);
            counts.forEach(n::put);
        });
        return all;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
