package io.newsfacts.indexer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.Period;
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
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
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
    /**
     * The layout's version, written into every commit. Bump it whenever a field is added, removed or indexed
     * differently: an index of another format is refused with a message asking for a rebuild, never misread.
     * 1 was the first indexer (no version in its commits).
     */
    static final int FORMAT = 2;

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
    // Numbers, dates and stored-only values.
    static final String VALUE = "value";
    static final String PERIOD = "period";
    /** Stored only, apart from {@link #PERIOD}: a period of unknown year has no points, and Lucene 9 wants every
     * document's fields of one name indexed alike. */
    static final String PERIOD_ISO = "period.iso";
    static final String DATE = "date";
    static final String LEMMA = "lemma";
    static final String MENTION = "mention";
    static final String CONTRACT = "contract";
    static final String ORDER = "order";
    // Doc values only, on figure documents only: what facets count. Separate from kind/agency/place because
    // Lucene 9 wants one schema per field name, and entity documents have those keywords without doc values.
    static final String FACET_KIND = "figure.kind";
    static final String FACET_AGENCY = "figure.agency";
    static final String FACET_PLACE = "figure.place";
    static final String FACET_LEMMA = "figure.lemma";
    static final String FACET_YEAR = "figure.year";

    /** Fields a query may name, and what the query parser may build queries on. */
    static final Set<String> QUERY_FIELDS = Set.of(TEXT, SENTENCE, COUNTED, PREDICATE, TYPE, KIND, UNIT, AGENCY, PLACE,
            SUBTYPE, CANONICAL, ARTICLE, ID, VALUE, PERIOD, DATE);

    /** Fields whose matches can be shown in the sentence: all share the sentence's analyzer, so terms line up. */
    static final Set<String> HIGHLIGHT_SOURCES = Set.of(TEXT, SENTENCE, COUNTED, PREDICATE);

    /** Years a period is counted in, at most: "from 1949 to 2020" is not 72 facet entries. */
    private static final int MAX_PERIOD_YEARS = 20;

    private static final Set<String> FOLDED_KEYWORDS = Set.of(KIND, UNIT, AGENCY, PLACE, SUBTYPE, CANONICAL);
    private static final Set<String> EXACT_KEYWORDS = Set.of(TYPE, ARTICLE, ID, SHA256);

    /** The sentence, with offsets in the postings so the highlighter needs no re-analysis at search time. */
    private static final FieldType SENTENCE_TYPE = new FieldType(TextField.TYPE_STORED);

    /** The writer of the contract's JSON, set up as {@link ContractJson}'s so both write the same bytes. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);

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

    /** Whether a field holds whole folded values (a term query on it wants {@link #fold}ed text). */
    static boolean isFoldedKeyword(String field) {
        return FOLDED_KEYWORDS.contains(field);
    }

    /** The term that selects every document of one article: what an update deletes. */
    static Term articleTerm(String articleId) {
        return new Term(ARTICLE, articleId);
    }

    static Term typeTerm(String type) {
        return new Term(TYPE, type);
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

    /**
     * The sort of an order. Every order ends with article id then position in the article, so equal keys come
     * out the same way whatever the segments; hits without the key get the value that sorts them last.
     */
    static Sort sort(SortOrder order) {
        SortField article = new SortField(ARTICLE, SortField.Type.STRING);
        SortField position = new SortField(ORDER, SortField.Type.INT);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, article, position);
            case VALUE, VALUE_ASC -> {
                boolean desc = order == SortOrder.VALUE;
                SortField v = new SortField(VALUE, SortField.Type.DOUBLE, desc);
                v.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield new Sort(v, article, position);
            }
            case DATE, DATE_ASC -> {
                boolean desc = order == SortOrder.DATE;
                SortField d = new SortField(DATE, SortField.Type.INT, desc);
                d.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                yield new Sort(d, article, position);
            }
        };
    }

    /** The article document first, then its figures, then its entities. */
    static List<Document> documents(Article a) {
        ArticleContext context = new ArticleContext(a);
        PartialDate date = context.date();
        ObjectNode tree = ContractJson.toTree(a);
        JsonNode figureJson = tree.get("figures");
        JsonNode entityJson = tree.get("entities");
        List<Document> docs = new ArrayList<>(1 + a.figures().size() + a.entities().size());
        docs.add(articleDocument(a, write(tree, a)));
        int order = 0;
        for (int i = 0; i < a.figures().size(); i++) {
            Figure f = a.figures().get(i);
            docs.add(figureDocument(a, f, context, date, write(figureJson.get(i), a), order++));
        }
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            docs.add(entityDocument(a, e, context, date, write(entityJson.get(i), a), order++));
        }
        return docs;
    }

    private static String write(JsonNode node, Article a) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON of article " + a.id(), e);
        }
    }

    private static Document articleDocument(Article a, String json) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        // unused here, but Lucene 9 wants every document's "article" field indexed the same way
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(a.id())));
        // keyword: looked up whole, never searched by words
        d.add(new StringField(SHA256, a.source().sha256(), Field.Store.YES));
        // stored only: returned as is by articleJson, never searched; equal to ContractJson.toJsonLine(a)
        d.add(new StoredField(JSON, json));
        return d;
    }

    private static Document figureDocument(Article a, Figure f, ArticleContext context, PartialDate date,
            String json, int order) {
        Document d = common(TYPE_FIGURE, a.id(), f.id(), order, date, json);
        keyword(d, KIND, f.kind().name());
        facet(d, FACET_KIND, f.kind().name());
        if (f.value() != null) {
            double v = f.value().doubleValue();
            // point: comparisons and value ranges are range queries; a range figure ("between 10 and 20") is
            // also found by either end, as extra points of the same field
            d.add(new DoublePoint(VALUE, v));
            if (f.range() != null) {
                d.add(new DoublePoint(VALUE, f.range().from().doubleValue()));
                d.add(new DoublePoint(VALUE, f.range().to().doubleValue()));
            }
            // doc values: sort by value; same name as the points, so Lucene can skip non-competitive documents
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
            // analysed with the lemma, so predicate:catch finds "caught"; the hit shows the predicate as written
            d.add(new TextField(PREDICATE, f.predicate().span().text() + "\n" + f.predicate().lemma(), Field.Store.NO));
            d.add(new StoredField(PREDICATE, f.predicate().span().text()));
            // stored and faceted as is: lemmas are already a normal form
            d.add(new StoredField(LEMMA, f.predicate().lemma()));
            facet(d, FACET_LEMMA, f.predicate().lemma());
            text.add(f.predicate().span().text()).add(f.predicate().lemma());
        }
        Entity agency = context.entity(f.agency());
        if (agency != null) {
            List<String> chain = context.agencyChain(agency);
            // keyword per organisation up the parent chain: agency:"Ministry of Public Security" finds its bureaus
            chain.forEach(name -> d.add(new StringField(AGENCY, fold(name), Field.Store.NO)));
            d.add(new StoredField(AGENCY, agency.canonical()));
            // faceted by the agency's own canonical name: each figure counts once
            facet(d, FACET_AGENCY, agency.canonical());
        }
        if (f.place() != null) {
            Entity place = context.placeAt(f.place());
            List<String> chain = place == null ? List.of() : context.placeChain(place);
            // keyword per place up the within chain, and the text as written: place:Fujian finds Xiamen's figures
            d.add(new StringField(PLACE, fold(f.place().text()), Field.Store.NO));
            chain.forEach(name -> d.add(new StringField(PLACE, fold(name), Field.Store.NO)));
            d.add(new StoredField(PLACE, chain.isEmpty() ? f.place().text() : String.join(", ", chain)));
            // faceted rolled up: a Xiamen figure counts for Xiamen and for Fujian
            chain.forEach(name -> facet(d, FACET_PLACE, name));
        }
        period(d, f.period());
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

    /**
     * A period as a range of days (intersects queries: period:2020 finds January–September 2020), a year per
     * year it spans for the facet, and its ISO bounds stored for the hit. A period without a known year is stored
     * only: it cannot be placed on the calendar.
     */
    private static void period(Document d, Period p) {
        if (p == null || p.from() == null && p.to() == null) {
            return;
        }
        String from = p.from() != null ? p.from() : p.to();
        String to = p.to() != null ? p.to() : p.from();
        d.add(new StoredField(PERIOD_ISO, from.equals(to) ? from : from + "/" + to));
        PartialDate start = PartialDate.parseOrNull(from);
        PartialDate end = PartialDate.parseOrNull(to);
        if (start == null || end == null || start.first() > end.last()) {
            return;
        }
        d.add(new IntRange(PERIOD, new int[] {start.first()}, new int[] {end.last()}));
        for (int y = start.year(); y <= end.year() && y < start.year() + MAX_PERIOD_YEARS; y++) {
            // sorted numeric doc values: years are numbers, counted per value like the keyword facets
            d.add(new SortedNumericDocValuesField(FACET_YEAR, y));
        }
    }

    private static Document entityDocument(Article a, Entity e, ArticleContext context, PartialDate date,
            String json, int order) {
        Document d = common(TYPE_ENTITY, a.id(), e.id(), order, date, json);
        keyword(d, KIND, e.type().name());
        keyword(d, SUBTYPE, e.subtype() == null ? null : e.subtype().name());
        keyword(d, CANONICAL, e.canonical());
        // an organisation is found by its own name and its parents' (agency:"Ministry of Public Security" finds
        // the bureau of the ministry); a person by the chain of their agency
        Entity agency = e.type() == EntityType.ORGANIZATION ? e : context.entity(e.agency());
        if (agency != null) {
            List<String> chain = context.agencyChain(agency);
            chain.forEach(name -> d.add(new StringField(AGENCY, fold(name), Field.Store.NO)));
            String shown = agency == e ? (chain.size() > 1 ? chain.get(1) : null) : agency.canonical();
            if (shown != null) {
                d.add(new StoredField(AGENCY, shown));
            }
        }
        // a place is found by its own name and the places containing it: place:Fujian finds Xiamen
        if (e.type() == EntityType.PLACE) {
            List<String> chain = context.placeChain(e);
            chain.forEach(name -> d.add(new StringField(PLACE, fold(name), Field.Store.NO)));
            if (chain.size() > 1) {
                d.add(new StoredField(PLACE, String.join(", ", chain.subList(1, chain.size()))));
            }
        }
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

    private static Document common(String type, String articleId, String id, int order, PartialDate date,
            String json) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.YES));
        // keyword: the update term, so exact and unanalysed
        d.add(new StringField(ARTICLE, articleId, Field.Store.YES));
        // sorted doc values: the tie-break sort key
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(articleId)));
        d.add(new StringField(ID, id, Field.Store.YES));
        // doc values only: the second tie-break, never searched or shown
        d.add(new NumericDocValuesField(ORDER, order));
        if (date != null) {
            // point for --from/--to and date: ranges, doc values of the same name to sort by date with skipping
            d.add(new IntPoint(DATE, date.first()));
            d.add(new NumericDocValuesField(DATE, date.first()));
            d.add(new StoredField(DATE, date.toString()));
        }
        // stored only: the figure or entity as the contract writes it, for JSON output
        d.add(new StoredField(CONTRACT, json));
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

    /** Sorted-set doc values, as written: facets count them per value for the matching documents. */
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
                d.get(LEMMA),
                d.get(AGENCY),
                d.get(PLACE),
                d.get(PERIOD_ISO),
                d.get(DATE),
                d.get(SENTENCE),
                highlighted,
                d.get(CONTRACT),
                Float.isNaN(score) ? 0f : score);
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
