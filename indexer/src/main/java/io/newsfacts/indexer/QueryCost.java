package io.newsfacts.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Bounds what a query may cost before it runs. Patterns and term ranges ({@code fraud*}, {@code counted:[a TO z]})
 * expand to every matching term of the index, whatever their number; each is counted here, stopping at the
 * bound, and a query that would expand further is refused. Leading wildcards are refused by the parser already.
 */
final class QueryCost {
    /** Terms one pattern or term range may expand to, over all segments. */
    static final int MAX_EXPANSION = 1024;

    private QueryCost() {
    }

    /** The first pattern or term range of {@code query} expanding to more than the bound, or null if none. */
    static String tooExpensive(Query query, IndexReader reader) throws IOException {
        List<MultiTermQuery> expanding = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query q) {
                if (q instanceof MultiTermQuery m) {
                    expanding.add(m);
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                visitLeaf(q);
            }
        });
        for (MultiTermQuery m : expanding) {
            long terms = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms t = leaf.reader().terms(m.getField());
                if (t == null) {
                    continue;
                }
                TermsEnum e = m.getTermsEnum(t);
                while (e.next() != null) {
                    if (++terms > MAX_EXPANSION) {
                        return m.toString();
                    }
                }
            }
        }
        return null;
    }
}
