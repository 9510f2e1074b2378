package io.newsfacts.indexer;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the matching figure documents per kind, agency, place, predicate lemma and year from the one facets
 * doc-values field: per segment by ordinal into an array, then by value across segments. Only figure documents
 * have facet values, so entities and articles among the matches count nowhere, without a filter on the type.
 * One counter per search slice; its manager merges them.
 */
final class FacetCounter implements Collector {
    private static final String[] FACETS = {DocumentLayout.FACET_KIND, DocumentLayout.FACET_AGENCY,
        DocumentLayout.FACET_PLACE, DocumentLayout.FACET_LEMMA, DocumentLayout.FACET_YEAR};

    /** "facet\u001fvalue" to count, over the segments seen so far. */
    private final Map<String, Long> counts = new HashMap<>();

    /** A manager for {@link org.apache.lucene.search.IndexSearcher#search(org.apache.lucene.search.Query,
     * CollectorManager)}. */
    static CollectorManager<FacetCounter, Facets> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Facets reduce(Collection<FacetCounter> counters) {
                Map<String, Long> all = new HashMap<>();
                counters.forEach(c -> c.counts.forEach((k, v) -> all.merge(k, v, Long::sum)));
                return facets(all);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(context.reader(), DocumentLayout.FACETS);
        int[] perOrd = new int[Math.toIntExact(values.getValueCount())];
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no scores
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        perOrd[(int) values.nextOrd()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        BytesRef term = values.lookupOrd(ord);
                        counts.merge(term.utf8ToString(), (long) perOrd[ord], Long::sum);
                    }
                }
            }
        };
    }

    /** Splits "facet\u001fvalue" counts into the five maps, each largest count first, ties by value. */
    private static Facets facets(Map<String, Long> all) {
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        for (String f : FACETS) {
            byFacet.put(f, new HashMap<>());
        }
        all.forEach((key, n) -> {
            int cut = key.indexOf(DocumentLayout.FACET_SEPARATOR);
            Map<String, Long> facet = cut < 0 ? null : byFacet.get(key.substring(0, cut));
            if (facet != null) {
                facet.put(key.substring(cut + 1), n);
            }
        });
        return new Facets(sorted(byFacet.get(FACETS[0])), sorted(byFacet.get(FACETS[1])),
                sorted(byFacet.get(FACETS[2])), sorted(byFacet.get(FACETS[3])), sorted(byFacet.get(FACETS[4])));
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
