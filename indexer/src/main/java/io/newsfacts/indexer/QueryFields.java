package io.newsfacts.indexer;

import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/** What fields a parsed query reads. */
final class QueryFields {
    private QueryFields() {
    }

    /** Whether any clause of {@code query} (excluded ones too) is on {@code field}. */
    static boolean uses(Query query, String field) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                if (field.equals(f)) {
                    found[0] = true;
                }
                return true;
            }

            @Override
            public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
                acceptField(f);
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }
}
