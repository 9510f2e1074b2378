package io.newsfacts.indexer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene field layout: the only class that knows which fields a document has and how each is indexed.
 * An article becomes one {@code article} document, one {@code figure} document per figure and
 * one {@code entity} document per entity it names (mentions of one type and canonical name are one entity: its
 * first mention stands for them, with the hierarchy of all of them; the article JSON keeps every mention), all
 * carrying the article id so that one delete-by-term replaces them. Each piece of the article's contract JSON is
 * stored once: the article document holds the line without its figures and entities, each figure document its
 * figure, each entity document its mentions; {@link #articleJson} puts the line back together. Hits are rebuilt
 * from each document's stored JSON plus the few stored values the contract does not hold (agency and place
 * names, the date).
 */
final class DocumentLayout {
    /**
     * The layout's version, written into every commit. Bump it whenever a field is added, removed or indexed
     * differently: an index of another format is refused with a message asking for a rebuild, never misread.
     * 1 was the first indexer (no version in its commits); 3 stores sentences without indexing them and one
     * entity document per entity of an article; 4 keeps every facet in one doc-values field.
     */
    static final int FORMAT = 4;

    static final String TYPE_ARTICLE = "article";
    static final String TYPE_FIGURE = "figure";
    static final String TYPE_ENTITY = "entity";

    // Keywords that every document has: exact, unanalysed, stored to rebuild a Hit.
    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String ID = "id";
    // Article documents only.
    static final String SKELETON = "skeleton";
    static final String SHA256 = "sha256";
    // Analysed English text. The sentence is stored only: a figure's text already holds its words, and
    // analysing it twice (and once more per entity of the sentence) was most of the indexing time.
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
    static final String DATE = "date";
    static final String CONTRACT = "contract";
    // Entity documents only: where the first mention stands in the article's entities, and the other mentions.
    static final String FIRST_MENTION = "mention.first";
    static final String MENTIONS = "mentions";
    static final String ORDER = "order";
    static final String ORDER_STORED = "order.stored";
    // Doc values only, on figure documents only: what facets count, every facet's values in one sorted-set
    // field as "facet\u001fvalue" (one doc-values lookup per document counts all five facets).
    static final String FACETS = "figure.facets";
    static final String FACET_KIND = "kind";
    static final String FACET_AGENCY = "agency";
    static final String FACET_PLACE = "place";
    static final String FACET_LEMMA = "predicate";
    static final String FACET_YEAR = "year";
    /** Between a facet's name and its value; a control character no name holds. */
    static final char FACET_SEPARATOR = '\u001f';

    /** Fields a query may name, and what the query parser may build queries on. */
    static final Set<String> QUERY_FIELDS = Set.of(TEXT, SENTENCE, COUNTED, PREDICATE, TYPE, KIND, UNIT, AGENCY, PLACE,
            SUBTYPE, CANONICAL, ARTICLE, ID, VALUE, PERIOD, DATE);

    /** A field a query may name that is searched as another: sentence words are in text. */
    static String searchedAs(String field) {
        return SENTENCE.equals(field) ? TEXT : field;
    }

    /** Fields whose matches can be shown in the sentence: all share the sentence's analyzer, so terms line up. */
    static final Set<String> HIGHLIGHT_SOURCES = Set.of(TEXT, SENTENCE, COUNTED, PREDICATE);

    /** Years a period is counted in, at most: "from 1949 to 2020" is not 72 facet entries. */
    private static final int MAX_PERIOD_YEARS = 20;

    private static final Set<String> FOLDED_KEYWORDS = Set.of(KIND, UNIT, AGENCY, PLACE, SUBTYPE, CANONICAL);
    private static final Set<String> EXACT_KEYWORDS = Set.of(TYPE, ARTICLE, ID, SHA256);

    /** The writer of the contract's JSON, set up as {@link ContractJson}'s so both write the same bytes. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);
    /** Where the skeleton's figures and entities go; plain ASCII, so JSON writes them as they are. */
    private static final String FIGURES_HOLE = "@newsfacts-figures@";
    private static final String ENTITIES_HOLE = "@newsfacts-entities@";
    /** Reads values back exactly: 0.1 stays 0.1, not the double nearest to it. */
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(java.util.Locale.ROOT); // the same as below for ASCII, and much faster
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * The sort of an order. Every order ends with article id then position in the article, so equal keys come
     * out the same way whatever the segments; hits without the key get the value that sorts them last.
     */
    static Sort sort(SortOrder order) {
        return SORTS.get(order);
    }

    private static final Map<SortOrder, Sort> SORTS = new java.util.EnumMap<>(SortOrder.class);


    static {
        for (SortOrder o : SortOrder.values()) {
            SORTS.put(o, newSort(o));
        }
    }

    private static Sort newSort(SortOrder order) {
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

    /** The article document first, then its figures, then its entities (one per type and canonical name). */
    static List<Document> documents(Article a) {
        ArticleContext context = new ArticleContext(a);
        PartialDate date = context.date();
        String dateText = date == null ? null : date.toString();
        ObjectNode tree = ContractJson.toTree(a);
        List<String> figureJson = writeEach(tree.get("figures"), a);
        List<String> entityJson = writeEach(tree.get("entities"), a);
        Map<String, List<Integer>> mentions = new LinkedHashMap<>();
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            mentions.computeIfAbsent(e.type() + "\u0000" + e.canonical(), k -> new ArrayList<>()).add(i);
        }
        List<Document> docs = new ArrayList<>(1 + a.figures().size() + mentions.size());
        docs.add(articleDocument(a, skeleton(tree, a)));
        int order = 0;
        for (int i = 0; i < a.figures().size(); i++) {
            Figure f = a.figures().get(i);
            docs.add(figureDocument(a, f, context, date, dateText, figureJson.get(i), order++));
        }
        for (List<Integer> same : mentions.values()) {
            List<Entity> entities = same.stream().map(a.entities()::get).toList();
            Document d = entityDocument(a, entities, context, date, dateText, entityJson.get(same.get(0)), order++);
            // stored only: where each mention stands among the article's entities, for articleJson
            d.add(new StoredField(FIRST_MENTION, same.get(0)));
            for (int m = 1; m < same.size(); m++) {
                d.add(new StoredField(MENTIONS, same.get(m) + "\t" + entityJson.get(same.get(m))));
            }
            docs.add(d);
        }
        return docs;
    }

    private static List<String> writeEach(JsonNode array, Article a) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(write(n, a));
        }
        return out;
    }

    /** The article's contract line with holes where its figures and entities go. */
    private static String skeleton(ObjectNode tree, Article a) {
        ObjectNode shell = tree.deepCopy();
        shell.put("figures", FIGURES_HOLE);
        shell.put("entities", ENTITIES_HOLE);
        return write(shell, a);
    }

    /**
     * The article's contract line, byte for byte {@link ContractJson#toJsonLine}'s, from its documents: the
     * skeleton of the article document with the figures (in order) and every entity mention (in order) spliced
     * into its holes. Jackson writes an object's fields in order, a string value as a quoted string and an array
     * as its items between brackets with no spaces, so the splice is what it would have written.
     */
    static String articleJson(Document article, List<Document> parts) {
        List<Document> figures = new ArrayList<>();
        Map<Integer, String> mentions = new java.util.TreeMap<>();
        for (Document d : parts) {
            if (TYPE_FIGURE.equals(d.get(TYPE))) {
                figures.add(d);
            } else if (TYPE_ENTITY.equals(d.get(TYPE))) {
                mentions.put(d.getField(FIRST_MENTION).numericValue().intValue(), d.get(CONTRACT));
                for (String m : d.getValues(MENTIONS)) {
                    int tab = m.indexOf('\t');
                    mentions.put(Integer.parseInt(m.substring(0, tab)), m.substring(tab + 1));
                }
            }
        }
        figures.sort(java.util.Comparator.comparingInt(d -> d.getField(ORDER_STORED).numericValue().intValue()));
        String skeleton = article.get(SKELETON);
        String figuresKey = "\"figures\":\"" + FIGURES_HOLE + "\"";
        String entitiesKey = "\"entities\":\"" + ENTITIES_HOLE + "\"";
        int f = skeleton.indexOf(figuresKey);
        int e = skeleton.indexOf(entitiesKey);
        if (f < 0 || e < f) {
            throw new IllegalStateException("stored JSON of article " + article.get(ARTICLE) + " has no place for"
                    + " its figures and entities");
        }
        StringBuilder b = new StringBuilder(skeleton.length() + 600 * (figures.size() + mentions.size()));
        b.append(skeleton, 0, f).append("\"figures\":[");
        for (int i = 0; i < figures.size(); i++) {
            b.append(i == 0 ? "" : ",").append(figures.get(i).get(CONTRACT));
        }
        b.append(']').append(skeleton, f + figuresKey.length(), e).append("\"entities\":[");
        b.append(String.join(",", mentions.values()));
        b.append(']').append(skeleton, e + entitiesKey.length(), skeleton.length());
        return b.toString();
    }

    private static String write(JsonNode node, Article a) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON of article " + a.id(), e);
        }
    }

    private static Document articleDocument(Article a, String skeleton) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        // unused here, but Lucene 9 wants every document's "article" field indexed the same way
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(a.id())));
        // keyword: looked up whole, never searched by words
        d.add(new StringField(SHA256, a.source().sha256(), Field.Store.YES));
        // stored only: the contract line without figures and entities, which their own documents hold
        d.add(new StoredField(SKELETON, skeleton));
        return d;
    }

    private static Document figureDocument(Article a, Figure f, ArticleContext context, PartialDate date,
            String dateText, String json, int order) {
        Document d = common(TYPE_FIGURE, a.id(), f.id(), order, date, dateText, json);
        keyword(d, KIND, f.kind().name());
        facet(d, FACET_KIND, f.kind().name());
        // kind, value, unit, text, counted, predicate and period are shown from the stored contract JSON
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
        }
        keyword(d, UNIT, f.unit());
        StringJoiner text = new StringJoiner("\n");
        if (f.counted() != null) {
            d.add(new TextField(COUNTED, f.counted().text(), Field.Store.NO));
            text.add(f.counted().text());
        }
        if (f.predicate() != null) {
            // analysed with the lemma, so predicate:catch finds "caught"
            d.add(new TextField(PREDICATE, f.predicate().span().text() + "\n" + f.predicate().lemma(), Field.Store.NO));
            // faceted as is: lemmas are already a normal form
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
            // stored only: shown and highlighted (re-analysed for the few hits shown); searched through text
            d.add(new StoredField(SENTENCE, sentence.text()));
            // the counted phrase and predicate also stand in the sentence, so their words count twice: a figure
            // whose own counted phrase matches outranks its neighbours in the same sentence
            text.add(sentence.text());
        }
        // default search field, with positions for phrases; not stored, its parts are stored on their own
        d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        return d;
    }

    /**
     * A period as a range of days (intersects queries: period:2020 finds January–September 2020) and a year per
     * year it spans for the facet. A period without a known year cannot be placed on the calendar: the hit still
     * shows it, from the contract JSON.
     */
    private static void period(Document d, Period p) {
        if (p == null || p.from() == null && p.to() == null) {
            return;
        }
        String from = p.from() != null ? p.from() : p.to();
        String to = p.to() != null ? p.to() : p.from();
        PartialDate start = PartialDate.parseOrNull(from);
        PartialDate end = PartialDate.parseOrNull(to);
        if (start == null || end == null || start.first() > end.last()) {
            return;
        }
        d.add(new IntRange(PERIOD, new int[] {start.first()}, new int[] {end.last()}));
        for (int y = start.year(); y <= end.year() && y < start.year() + MAX_PERIOD_YEARS; y++) {
            facet(d, FACET_YEAR, Integer.toString(y));
        }
    }

    /** One entity: its first mention stands for all; names up the hierarchy are those of every mention. */
    private static Document entityDocument(Article a, List<Entity> mentions, ArticleContext context,
            PartialDate date, String dateText, String json, int order) {
        Entity e = mentions.get(0);
        Document d = common(TYPE_ENTITY, a.id(), e.id(), order, date, dateText, json);
        keyword(d, KIND, e.type().name());
        if (e.subtype() != null) {
            d.add(new StringField(SUBTYPE, fold(e.subtype().name()), Field.Store.NO));
        }
        d.add(new StringField(CANONICAL, fold(e.canonical()), Field.Store.NO));
        // an organisation is found by its own name and its parents' (agency:"Ministry of Public Security" finds
        // the bureau of the ministry); a person by the chain of their agency
        Set<String> agencies = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        String agencyShown = null;
        for (Entity m : mentions) {
            Entity agency = m.type() == EntityType.ORGANIZATION ? m : context.entity(m.agency());
            if (agency != null) {
                List<String> chain = context.agencyChain(agency);
                agencies.addAll(chain);
                if (agencyShown == null) {
                    agencyShown = agency == m ? (chain.size() > 1 ? chain.get(1) : null) : agency.canonical();
                }
            }
            if (m.type() == EntityType.PLACE) {
                places.addAll(context.placeChain(m));
            }
        }
        agencies.forEach(name -> d.add(new StringField(AGENCY, fold(name), Field.Store.NO)));
        if (agencyShown != null) {
            d.add(new StoredField(AGENCY, agencyShown));
        }
        // a place is found by its own name and the places containing it: place:Fujian finds Xiamen
        places.forEach(name -> d.add(new StringField(PLACE, fold(name), Field.Store.NO)));
        if (places.size() > 1) {
            d.add(new StoredField(PLACE, String.join(", ", new ArrayList<>(places).subList(1, places.size()))));
        }
        Span sentence = containing(a, e.span());
        if (sentence != null) {
            // stored only, to show; an entity is found by its names, not by its sentence's other words
            d.add(new StoredField(SENTENCE, sentence.text()));
        }
        // its mentions and its canonical name only: the sentence would make every entity of it match its words
        Set<String> names = new LinkedHashSet<>();
        mentions.forEach(m -> names.add(m.text()));
        names.add(e.canonical());
        d.add(new TextField(TEXT, String.join("\n", names), Field.Store.NO));
        return d;
    }

    private static Document common(String type, String articleId, String id, int order, PartialDate date,
            String dateText, String json) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.YES));
        // keyword: the update term, so exact and unanalysed
        d.add(new StringField(ARTICLE, articleId, Field.Store.YES));
        // sorted doc values: the tie-break sort key
        d.add(new SortedDocValuesField(ARTICLE, new BytesRef(articleId)));
        d.add(new StringField(ID, id, Field.Store.YES));
        // doc values: the second tie-break; stored: the figures' order when the article's JSON is reassembled
        d.add(new NumericDocValuesField(ORDER, order));
        d.add(new StoredField(ORDER_STORED, order));
        if (date != null) {
            // point for --from/--to and date: ranges, doc values of the same name to sort by date with skipping
            d.add(new IntPoint(DATE, date.first()));
            d.add(new NumericDocValuesField(DATE, date.first()));
            d.add(new StoredField(DATE, dateText));
        }
        // stored only: the figure or entity as the contract writes it, for JSON output
        d.add(new StoredField(CONTRACT, json));
        return d;
    }

    /** A whole-value keyword, indexed folded for case-insensitive filters; shown from the contract JSON. */
    private static void keyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, fold(value), Field.Store.NO));
        }
    }

    /** A value of a facet, as written, in the one facets doc-values field. */
    private static void facet(Document d, String facet, String value) {
        if (value != null) {
            d.add(new SortedSetDocValuesField(FACETS, new BytesRef(facet + FACET_SEPARATOR + value)));
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

    /** Rebuilds a hit from a figure or entity document: its contract JSON and the names stored beside it. */
    static Hit hit(Document d, String highlighted, float score) {
        String json = d.get(CONTRACT);
        JsonNode c;
        try {
            c = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON of " + d.get(ARTICLE) + " " + d.get(ID) + " is damaged", e);
        }
        boolean figure = TYPE_FIGURE.equals(d.get(TYPE));
        JsonNode value = c.get("value");
        return new Hit(
                d.get(TYPE),
                d.get(ARTICLE),
                d.get(ID),
                text(c, figure ? "kind" : "type"),
                figure && value != null && value.isNumber() ? value.decimalValue() : null,
                text(c, "unit"),
                text(c, "text"),
                text(c.path("counted"), "text"),
                text(c.path("predicate"), "text"),
                text(c.path("predicate"), "lemma"),
                d.get(AGENCY),
                d.get(PLACE),
                figure ? period(c.path("period")) : null,
                d.get(DATE),
                d.get(SENTENCE),
                highlighted,
                json,
                Float.isNaN(score) ? 0f : score);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The period's ISO bounds, one when they are equal: 2020-01/2020-09, 2019. */
    private static String period(JsonNode p) {
        String from = text(p, "from");
        String to = text(p, "to");
        if (from == null || to == null) {
            return from != null ? from : to;
        }
        return from.equals(to) ? from : from + "/" + to;
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
