package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * An embedded Lucene index of articles' figures and entities: put articles, commit, search.
 *
 * <p>Reads (counts, search, {@link #articleJson}, {@link #stats}) see the index as of the last {@link #commit()};
 * puts since then are invisible until the next commit, and {@link #close()} discards them, so the folder is
 * always at a commit and an interrupted run leaves the previous one intact. One {@code FactIndex} per folder at
 * a time (Lucene's write lock); its methods are thread-safe.
 */
public final class FactIndex implements Closeable {
    private static final String[] HIGHLIGHT_FIELD = {DocumentLayout.SENTENCE};
    private static final String TOO_MANY_TERMS = "it expands to too many terms; make it narrower";

    private final IndexConfig config;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private FactIndex(IndexConfig config, Directory directory, Analyzer analyzer, IndexWriter writer,
            SearcherManager searchers) {
        this.config = config;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens the index in {@code config.directory()}, creating the folder and an empty index when missing. */
    public static FactIndex open(IndexConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        Files.createDirectories(config.directory());
        Directory directory = FSDirectory.open(config.directory());
        Analyzer analyzer = DocumentLayout.analyzer();
        IndexWriter writer = null;
        try {
            IndexWriterConfig iwc = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // commits are explicit: closing must not publish a half-done batch
                    .setCommitOnClose(false);
            try {
                writer = new IndexWriter(directory, iwc);
            } catch (LockObtainFailedException e) {
                throw new IOException("index " + config.directory() + " is already open for writing", e);
            }
            if (!DirectoryReader.indexExists(directory)) {
                // a reader needs a commit to open; an empty one makes a new index searchable at once
                writer.commit();
            }
            // opened on the directory, not the writer: readers see commits, never uncommitted puts
            SearcherManager searchers = new SearcherManager(directory, null);
            return new FactIndex(config, directory, analyzer, writer, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, analyzer, directory);
            throw e;
        }
    }

    /**
     * Replaces every document of {@code article.id()} with the article's documents, atomically: a reader sees
     * the old version or the new one, never both. Visible after the next {@link #commit()}.
     */
    public PutResult put(Article article) throws IOException {
        Objects.requireNonNull(article, "article");
        writer.updateDocuments(DocumentLayout.articleTerm(article.id()), DocumentLayout.documents(article));
        return new PutResult(article.figures().size(), article.entities().size());
    }

    /** Makes every put so far durable and visible to reads. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Articles in the last commit. */
    public long articleCount() throws IOException {
        return count(DocumentLayout.TYPE_ARTICLE);
    }

    /** Figures in the last commit. */
    public long figureCount() throws IOException {
        return count(DocumentLayout.TYPE_FIGURE);
    }

    /** Entities in the last commit. */
    public long entityCount() throws IOException {
        return count(DocumentLayout.TYPE_ENTITY);
    }

    private long count(String type) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(DocumentLayout.TYPE, type)));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Figures and entities matching the request, best first (ties by article id, then position in the article),
     * at most {@code request.limit()}.
     *
     * @throws InvalidQueryException when the query does not parse or expands to too many terms
     */
    public List<Hit> search(SearchRequest request) throws IOException, InvalidQueryException {
        Objects.requireNonNull(request, "request");
        Query userQuery = parse(request.query());
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        query.add(new TermQuery(new Term(DocumentLayout.TYPE, DocumentLayout.TYPE_ARTICLE)), Occur.MUST_NOT);
        if (request.kind() != null && !request.kind().isBlank()) {
            query.add(new TermQuery(DocumentLayout.keywordTerm(DocumentLayout.KIND, request.kind().trim())),
                    Occur.FILTER);
        }
        if (request.min() != null || request.max() != null) {
            double lo = request.min() == null ? Double.NEGATIVE_INFINITY : request.min();
            double hi = request.max() == null ? Double.POSITIVE_INFINITY : request.max();
            query.add(DoublePoint.newRangeQuery(DocumentLayout.VALUE, lo, hi), Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = searcher.search(query.build(), request.limit(), DocumentLayout.SORT, true);
            int[] docIds = new int[top.scoreDocs.length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            // highlight with the user's query alone: filters are not what the reader looked for
            String[] highlighted = highlighter(searcher)
                    .highlightFields(HIGHLIGHT_FIELD, userQuery, docIds, new int[] {1})
                    .get(DocumentLayout.SENTENCE);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(DocumentLayout.hit(stored.document(sd.doc), highlighted[i], sd.score));
            }
            return List.copyOf(hits);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw invalid(request.query(), TOO_MANY_TERMS, e);
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String query) throws InvalidQueryException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new FactQueryParser(analyzer).parse(query);
        } catch (ParseException e) {
            // the parser repeats the query first and lists every expected token on further lines: keep the reason
            String reason = e.getMessage() == null ? "malformed" : e.getMessage();
            String echo = "Cannot parse '" + query + "': ";
            throw invalid(query, reason.startsWith(echo) ? reason.substring(echo.length()) : reason, e);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw invalid(query, TOO_MANY_TERMS, e);
        } catch (IllegalArgumentException e) {
            // e.g. a malformed /regexp/, rejected while the query is built
            throw invalid(query, e.getMessage(), e);
        }
    }

    /** One line whatever the query holds: the CLI prints it as is. */
    private static InvalidQueryException invalid(String query, String reason, Throwable cause) {
        String oneLine = query == null ? "" : query.replaceAll("\\s+", " ").strip();
        String why = reason == null ? "malformed" : reason.lines().findFirst().orElse("malformed").strip();
        return new InvalidQueryException("invalid query '" + oneLine + "': " + why, cause);
    }

    /**
     * Highlights the stored sentence whole, using query terms of every field analysed like it: bare words go to
     * {@code text}, which is not stored, yet their matches are to be shown in the sentence.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(DocumentLayout.HIGHLIGHT_SOURCES::contains)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("«", "»", "…", false))
                // a hit whose match is not in the sentence (a filter, an agency) still shows its sentence
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /** The stored contract JSON line of the article, as of the last commit. */
    public Optional<String> articleJson(String articleId) throws IOException {
        Objects.requireNonNull(articleId, "articleId");
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(DocumentLayout.articleTerm(articleId)), Occur.FILTER)
                .add(new TermQuery(new Term(DocumentLayout.TYPE, DocumentLayout.TYPE_ARTICLE)), Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] docs = searcher.search(query, 1).scoreDocs;
            if (docs.length == 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(docs[0].doc);
            return Optional.of(d.get(DocumentLayout.JSON));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Counts of the last commit, with figures per kind, agency and place. */
    public IndexStats stats() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new IndexStats(
                    searcher.count(new TermQuery(new Term(DocumentLayout.TYPE, DocumentLayout.TYPE_ARTICLE))),
                    searcher.count(new TermQuery(new Term(DocumentLayout.TYPE, DocumentLayout.TYPE_FIGURE))),
                    searcher.count(new TermQuery(new Term(DocumentLayout.TYPE, DocumentLayout.TYPE_ENTITY))),
                    facet(searcher, DocumentLayout.FIGURE_KIND),
                    facet(searcher, DocumentLayout.FIGURE_AGENCY),
                    facet(searcher, DocumentLayout.FIGURE_PLACE));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Live documents per value of a sorted-set doc-values field, largest count first. */
    private static Map<String, Long> facet(IndexSearcher searcher, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            Bits live = leaf.reader().getLiveDocs();
            long[] perOrd = new long[Math.toIntExact(values.getValueCount())];
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue; // replaced by a later put, not yet merged away
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrd[Math.toIntExact(values.nextOrd())]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Closes the index; puts since the last {@link #commit()} are discarded. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, analyzer, directory);
    }

    @Override
    public String toString() {
        return "FactIndex[" + config.directory() + "]";
    }
}
