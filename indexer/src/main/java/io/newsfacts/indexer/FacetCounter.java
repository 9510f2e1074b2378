package io.newsfacts.indexer;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching figure documents per kind, agency, place, predicate lemma and year, from doc values: per
 * segment by ordinal into arrays, then by value across segments. Entity documents have none of these doc values
 * and count nowhere. One counter per search; its manager merges counters of parallel slices.
 */
final class FacetCounter implements Collector {
    private static final String[] KEYWORD_FIELDS = {DocumentLayout.FACET_KIND, DocumentLayout.FACET_AGENCY,
        DocumentLayout.FACET_PLACE, DocumentLayout.FACET_LEMMA};

    @SuppressWarnings("unchecked")
    private final Map<String, Long>[] byValue = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashMap<>()};
    private final Map<Long, Long> byYear = new HashMap<>();

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
                FacetCounter all = new FacetCounter();
                for (FacetCounter c : counters) {
                    for (int f = 0; f < KEYWORD_FIELDS.length; f++) {
                        Map<String, Long> into = all.byValue[f];
                        c.byValue[f].forEach((k, v) -> into.merge(k, v, Long::sum));
                    }
                    c.byYear.forEach((k, v) -> all.byYear.merge(k, v, Long::sum));
                }
                return all.facets();
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[KEYWORD_FIELDS.length];
        long[][] counts = new long[KEYWORD_FIELDS.length][];
        for (int f = 0; f < KEYWORD_FIELDS.length; f++) {
            values[f] = DocValues.getSortedSet(context.reader(), KEYWORD_FIELDS[f]);
            counts[f] = new long[Math.toIntExact(values[f].getValueCount())];
        }
        SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), DocumentLayout.FACET_YEAR);
        Map<Long, Long> leafYears = new HashMap<>();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no scores
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int f = 0; f < values.length; f++) {
                    SortedSetDocValues v = values[f];
                    if (v.advanceExact(doc)) {
                        for (int i = v.docValueCount(); i > 0; i--) {
                            counts[f][(int) v.nextOrd()]++;
                        }
                    }
                }
                if (years.advanceExact(doc)) {
                    for (int i = years.docValueCount(); i > 0; i--) {
                        leafYears.merge(years.nextValue(), 1L, Long::sum);
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < values.length; f++) {
                    for (int ord = 0; ord < counts[f].length; ord++) {
                        if (counts[f][ord] > 0) {
                            byValue[f].merge(values[f].lookupOrd(ord).utf8ToString(), counts[f][ord], Long::sum);
                        }
                    }
                }
                leafYears.forEach((k, v) -> byYear.merge(k, v, Long::sum));
            }
        };
    }

    private Facets facets() {
        Map<String, Long> years = new HashMap<>();
        byYear.forEach((y, n) -> years.put(String.valueOf(y), n));
        return new Facets(sorted(byValue[0]), sorted(byValue[1]), sorted(byValue[2]), sorted(byValue[3]),
                sorted(years));
    }

    /** Largest count first, ties by key. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
