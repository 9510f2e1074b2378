package io.newsfacts.indexer;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a query to highlight in a sentence: its clauses on text fields, with the others (filters on kind,
 * type, value, place…) dropped. The highlighter matches the query against the sentence alone, so a clause on any
 * other field would make every sentence fail to match and show no highlight.
 */
final class HighlightQuery {
    private HighlightQuery() {
    }

    /** The text clauses of {@code q}; a query matching nothing when it has none. */
    static Query of(Query q) {
        Query kept = keep(q);
        return kept == null ? new MatchNoDocsQuery() : kept;
    }

    private static Query keep(Query q) {
        if (q instanceof BooleanQuery b) {
            List<Query> required = new ArrayList<>();
            List<Query> optional = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                Query k = c.getOccur() == Occur.MUST_NOT ? null : keep(c.getQuery());
                if (k != null) {
                    (c.getOccur() == Occur.SHOULD ? optional : required).add(k);
                }
            }
            if (required.isEmpty() && optional.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            required.forEach(k -> out.add(k, Occur.MUST));
            optional.forEach(k -> out.add(k, Occur.SHOULD));
            return out.build();
        }
        if (q instanceof BoostQuery b) {
            return keep(b.getQuery());
        }
        if (q instanceof ConstantScoreQuery c) {
            return keep(c.getQuery());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> kept = new ArrayList<>();
            for (Query part : d.getDisjuncts()) {
                Query k = keep(part);
                if (k != null) {
                    kept.add(k);
                }
            }
            return kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier());
        }
        String field = q instanceof TermQuery t ? t.getTerm().field()
                : q instanceof PhraseQuery p ? p.getField()
                : q instanceof MultiPhraseQuery m ? m.getTermArrays()[0][0].field()
                : q instanceof SynonymQuery s ? s.getField()
                : q instanceof MultiTermQuery m ? m.getField()
                : null;
        return field != null && DocumentLayout.HIGHLIGHT_SOURCES.contains(field) ? q : null;
    }
}
