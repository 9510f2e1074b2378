package io.newsfacts.indexer;

import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene field layout: the only class that knows which fields a document has and how each is indexed.
 * An article becomes one {@code article} document (its contract JSON), one {@code figure} document per figure and
 * one {@code entity} document per entity, all carrying the article id so that one delete-by-term replaces them.
 */
final class DocumentLayout {
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_FIGURE = "figure";
    static final String TYPE_ENTITY = "entity";

    // Keywords that every document has: exact, unanalysed, stored to rebuild a Hit.
    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String ID = "id";
    // Article documents only.
    static final String JSON = "json";
    static final String SHA256 = "sha256";
    // Analysed English text.
    static final String TEXT = "text";
    static final String SENTENCE = "sentence";
    static final String COUNTED = "counted";
    static final String PREDICATE = "predicate";
    // Whole-value keywords, folded to lower case so that kind:count finds COUNT.
    static final String KIND = "kind";
    static final String UNIT = "unit";
    static final String AGENCY = "agency";
    static final String PLACE = "place";
    static final String SUBTYPE = "subtype";
    static final String CANONICAL = "canonical";
    // Numbers and stored-only values.
    static final String VALUE = "value";
    static final String MENTION = "mention";
    static final String ORDER = "order";
    // Doc values only, on figure documents only: what IndexStats counts. Separate from kind/agency/place because
    // Lucene 9 wants one schema per field name, and entity documents have those keywords without doc values.
    static final String FIGURE_KIND = "figure.kind";
    static final String FIGURE_AGENCY = "figure.agency";
    static final String FIGURE_PLACE = "figure.place";

    /** Fields whose matches can be shown in the sentence: all share the sentence's analyzer, so terms line up. */
    static final Set<String> HIGHLIGHT_SOURCES = Set.of(TEXT, SENTENCE, COUNTED, PREDICATE);

    /** Best first; equal scores by article id then position in the article, so output survives segment merges. */
    static final Sort SORT = new Sort(
            SortField.FIELD_SCORE, new SortField(ARTICLE, SortField.Type.STRING), new SortField(ORDER, SortField.Type.INT));

    private static final Set<String> FOLDED_KEYWORDS = Set.of(KIND, UNIT, AGENCY, PLACE, SUBTYPE, CANONICAL);
    private static final Set<String> EXACT_KEYWORDS = Set.of(TYPE, ARTICLE, ID, SHA256);

    /** The sentence, with offsets in the postings so the highlighter needs no re-analysis at search time. */
    private static final FieldType SENTENCE_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        SENTENCE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SENTENCE_TYPE.freeze();
    }

    private DocumentLayout() {
    }

    /**
     * The analyzer for both indexing and query parsing. Text fields use {@link EnglishAnalyzer}: the corpus is
     * English news, and its stemming lets "arrest" find "arrested" and "suspect" find "suspects", which matters
     * more here than exact word forms; numbers such as "373,000" stay one token. Keyword fields get one token per
     * value so the query parser builds the same term the index holds.
     */
    static Analyzer analyzer() {
        Analyzer folded = new FoldedKeywordAnalyzer();
        Analyzer exact = new KeywordAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        FOLDED_KEYWORDS.forEach(f -> perField.put(f, folded));
        EXACT_KEYWORDS.forEach(f -> perField.put(f, exact));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    /** The term that selects every document of one article: what an update deletes. */
    static Term articleTerm(String articleId) {
        return new Term(ARTICLE, articleId);
    }

    /** The term of a keyword value as folded in the index. */
    static Term keywordTerm(String field, String value) {
        return new Term(field, fold(value));
    }

    /** Lower-cases code point by code point, exactly as {@link LowerCaseFilter} does on the query side. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The article document first, then its figures, then its entities. */
    static List<Document> documents(Article a) {
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            entities.put(e.id(), e);
        }
        List<Document> docs = new ArrayList<>(1 + a.figures().size() + a.entities().size());
        docs.add(articleDocument(a));
        int order = 0;
        for (Figure f : a.figures()) {
            docs.add(figureDocument(a, f, entities, order++));
        }
        for (Entity e : a.entities()) {
            docs.add(entityDocument(a, e, entities, order++));
        }
        return docs;
    }

    private static Document articleDocument(Article a) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        // unused here, but Lucene 9 wants every document's "article" field indexed the same way
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(a.id())));
        // keyword: looked up whole, never searched by words
        d.add(new StringField(SHA256, a.source().sha256(), Field.Store.YES));
        // stored only: returned as is by articleJson, never searched
        d.add(new StoredField(JSON, ContractJson.toJsonLine(a)));
        return d;
    }

    private static Document figureDocument(Article a, Figure f, Map<String, Entity> entities, int order) {
        Document d = common(TYPE_FIGURE, a.id(), f.id(), order);
        keyword(d, KIND, f.kind().name());
        facet(d, FIGURE_KIND, f.kind().name());
        if (f.value() != null) {
            double v = f.value().doubleValue();
            // point: min/max and value:[a TO b] are range queries
            d.add(new DoublePoint(VALUE, v));
            // doc values: sortable and readable per hit without loading stored fields
            d.add(new DoubleDocValuesField(VALUE, v));
            // stored as the decimal string: a double would turn 0.1 into 0.1000000000000000055…
            d.add(new StoredField(VALUE, f.value().toString()));
        }
        keyword(d, UNIT, f.unit());
        d.add(new StoredField(MENTION, f.text()));
        StringJoiner text = new StringJoiner("\n");
        if (f.counted() != null) {
            d.add(new TextField(COUNTED, f.counted().text(), Field.Store.YES));
            text.add(f.counted().text());
        }
        if (f.predicate() != null) {
            // the lemma is searchable but not shown: the hit shows the predicate as written
            d.add(new TextField(PREDICATE, f.predicate().span().text() + "\n" + f.predicate().lemma(), Field.Store.NO));
            d.add(new StoredField(PREDICATE, f.predicate().span().text()));
            text.add(f.predicate().span().text()).add(f.predicate().lemma());
        }
        Entity agency = f.agency() == null ? null : entities.get(f.agency());
        String agencyName = agency == null ? null : agency.canonical();
        keyword(d, AGENCY, agencyName);
        facet(d, FIGURE_AGENCY, agencyName);
        String placeText = f.place() == null ? null : f.place().text();
        keyword(d, PLACE, placeText);
        facet(d, FIGURE_PLACE, placeText);
        Span sentence = sentenceOf(a, f);
        if (sentence != null) {
            d.add(new Field(SENTENCE, sentence.text(), SENTENCE_TYPE));
            // the counted phrase and predicate also stand in the sentence, so their words count twice: a figure
            // whose own counted phrase matches outranks its neighbours in the same sentence
            text.add(sentence.text());
        }
        // default search field; not stored, its parts are stored on their own
        d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        return d;
    }

    private static Document entityDocument(Article a, Entity e, Map<String, Entity> entities, int order) {
        Document d = common(TYPE_ENTITY, a.id(), e.id(), order);
        keyword(d, KIND, e.type().name());
        keyword(d, SUBTYPE, e.subtype() == null ? null : e.subtype().name());
        keyword(d, CANONICAL, e.canonical());
        Entity agency = e.agency() == null ? null : entities.get(e.agency());
        keyword(d, AGENCY, agency == null ? null : agency.canonical());
        Entity within = e.within() == null ? null : entities.get(e.within());
        keyword(d, PLACE, within == null ? null : within.canonical());
        d.add(new StoredField(MENTION, e.text()));
        Span sentence = containing(a, e.span());
        if (sentence != null) {
            d.add(new Field(SENTENCE, sentence.text(), SENTENCE_TYPE));
        }
        // the mention and its canonical name only: the sentence would make every entity of it match its words
        String text = e.canonical().equals(e.text()) ? e.text() : e.text() + "\n" + e.canonical();
        d.add(new TextField(TEXT, text, Field.Store.NO));
        return d;
    }

    private static Document common(String type, String articleId, String id, int order) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.YES));
        // keyword: the update term, so exact and unanalysed
        d.add(new StringField(ARTICLE, articleId, Field.Store.YES));
        // sorted doc values: the tie-break sort key
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(articleId)));
        d.add(new StringField(ID, id, Field.Store.YES));
        // doc values only: the second tie-break, never searched or shown
        d.add(new NumericDocValuesField(ORDER, order));
        return d;
    }

    /** A whole-value keyword: indexed folded for case-insensitive filters, stored as written for the hit. */
    private static void keyword(Document d, String field, String value) {
        if (value == null) {
            return;
        }
        d.add(new StringField(field, fold(value), Field.Store.NO));
        d.add(new StoredField(field, value));
    }

    /** Sorted-set doc values, as written: {@link IndexStats} counts them per value without running a query. */
    private static void facet(Document d, String field, String value) {
        if (value != null) {
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /** The figure's sentence by its index, or by its offsets if the index is out of range. */
    private static Span sentenceOf(Article a, Figure f) {
        if (f.sentence() < a.sentences().size()) {
            return a.sentences().get(f.sentence());
        }
        return containing(a, f.span());
    }

    private static Span containing(Article a, Span span) {
        for (Span s : a.sentences()) {
            if (s.contains(span)) {
                return s;
            }
        }
        return null;
    }

    /** Rebuilds a hit from a figure or entity document's stored fields. */
    static Hit hit(Document d, String highlighted, float score) {
        String value = d.get(VALUE);
        return new Hit(
                d.get(TYPE),
                d.get(ARTICLE),
                d.get(ID),
                d.get(KIND),
                value == null ? null : new BigDecimal(value),
                d.get(UNIT),
                d.get(MENTION),
                d.get(COUNTED),
                d.get(PREDICATE),
                d.get(AGENCY),
                d.get(PLACE),
                d.get(SENTENCE),
                highlighted,
                score);
    }

    /** One lower-cased token per value: what {@link #keyword} indexes, so parsed keyword queries match it. */
    private static final class FoldedKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
