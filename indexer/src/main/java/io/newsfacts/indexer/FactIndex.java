package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * An embedded Lucene index of articles' figures and entities: put articles, commit, search.
 *
 * <p>{@link #open} opens for writing (one writer per folder: Lucene's write lock); {@link #openReadOnly} opens for
 * reading only, takes no lock and writes nothing, so any number of readers can search while one process indexes.
 * Reads see the index as of the last {@link #commit()}: a read-only index looks for a newer commit before each
 * read, a writing one refreshes at its own commits. Puts since the last commit are invisible, and {@link #close()}
 * discards them, so the folder is always at a commit and an interrupted run (even {@code kill -9}) leaves the last
 * one intact. Every commit records the layout's format; an index of another format is refused with a message
 * that names the fix. Methods are thread-safe.
 */
public final class FactIndex implements Closeable {
    /** Commit user-data key of the layout format. */
    static final String FORMAT_KEY = "newsfacts.format";

    private static final String TOO_MANY_TERMS = "it expands to too many terms; make it narrower";
    /** Without facets, counting stops here: a page of a broad query needs no exact total. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    /** Lucene's own files: a folder holding anything else is not an index folder. */
    private static final Pattern LUCENE_FILE = Pattern.compile("segments(_\\w+)?|pending_segments_\\w+|write\\.lock"
            + "|_.*|extra\\d+");

    private final IndexConfig config;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UnifiedHighlighter highlighter;
    /** The commit generation the searchers last saw, for a read-only index's cheap check for a newer one. */
    private final AtomicLong seenGeneration = new AtomicLong(-1);

    private FactIndex(IndexConfig config, Directory directory, Analyzer analyzer, IndexWriter writer,
            SearcherManager searchers) {
        this.config = config;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.highlighter = highlighter(analyzer);
    }

    /**
     * Opens the index in {@code config.directory()} for writing, creating the folder and an empty index when
     * missing; with {@code config.rebuild()}, replaces whatever index the folder holds by an empty one.
     *
     * @throws IncompatibleIndexException when the folder holds an index of another format (and no rebuild is asked)
     * @throws IOException when the folder holds other files, or another process is writing the index
     */
    public static FactIndex open(IndexConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        Path dir = config.directory();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not an index folder");
        }
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = DocumentLayout.analyzer();
        IndexWriter writer = null;
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            if (!exists && holdsOtherFiles(dir)) {
                throw new IOException(dir + " holds files but no index; give an empty or new folder to --index");
            }
            if (exists && !config.rebuild()) {
                checkFormat(directory, dir);
            }
            IndexWriterConfig iwc = new IndexWriterConfig(analyzer)
                    .setOpenMode(config.rebuild() ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // commits are explicit: closing must not publish a half-done batch
                    .setCommitOnClose(false)
                    // fewer, larger flushed segments: indexing is faster and merges have less to do
                    .setRAMBufferSizeMB(128)
                    // a flushed segment is written once, not copied again into a compound file
                    .setUseCompoundFile(false)
                    // merges of neighbouring segments only, so documents stay in the order they were put (a
                    // folder's path order): the order in which a query of filters only lists its hits
                    .setMergePolicy(new LogByteSizeMergePolicy());
            try {
                writer = new IndexWriter(directory, iwc);
            } catch (LockObtainFailedException e) {
                throw new IOException("index " + dir + " is already open for writing", e);
            } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
                throw incompatible(dir, "it was written by another Lucene version or is damaged", e);
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, String.valueOf(DocumentLayout.FORMAT)).entrySet());
            if (!exists || config.rebuild()) {
                // a reader needs a commit to open; an empty one makes a new (or emptied) index searchable at once
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
     * Opens the index in {@code config.directory()} for reading only: no lock, no file written, so it works while
     * another process indexes into the folder. {@link #put} and {@link #commit} are refused.
     *
     * @throws NoIndexException when the folder is missing or holds no index
     * @throws IncompatibleIndexException when the index is of another format
     */
    public static FactIndex openReadOnly(IndexConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        Path dir = config.directory();
        if (!Files.isDirectory(dir)) {
            throw new NoIndexException(dir);
        }
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = DocumentLayout.analyzer();
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoIndexException(dir);
            }
            checkFormat(directory, dir);
            SearcherManager searchers;
            try {
                searchers = new SearcherManager(directory, null);
            } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
                throw incompatible(dir, "it was written by another Lucene version or is damaged", e);
            }
            return new FactIndex(config, directory, analyzer, null, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(analyzer, directory);
            throw e;
        }
    }

    private static boolean holdsOtherFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> !LUCENE_FILE.matcher(p.getFileName().toString()).matches());
        }
    }

    /** Refuses an index whose last commit was written with another layout format (or none: format 1). */
    private static void checkFormat(Directory directory, Path dir) throws IOException {
        Map<String, String> userData;
        try {
            userData = SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
            throw incompatible(dir, "it was written by another Lucene version or is damaged", e);
        }
        String format = userData.getOrDefault(FORMAT_KEY, "1");
        if (!format.equals(String.valueOf(DocumentLayout.FORMAT))) {
            throw incompatible(dir, "it has index format " + format + " and this version of newsfacts reads format "
                    + DocumentLayout.FORMAT, null);
        }
    }

    private static IncompatibleIndexException incompatible(Path dir, String why, Throwable cause) {
        return new IncompatibleIndexException("cannot use the index at " + dir + ": " + why + "; rebuild it with"
                + " newsfacts index --rebuild PATH... --index " + dir, cause);
    }

    /**
     * Replaces every document of {@code article.id()} with the article's documents, atomically: a reader sees
     * the old version or the new one, never both. Visible after the next {@link #commit()}.
     */
    public PutResult put(Article article) throws IOException {
        Objects.requireNonNull(article, "article");
        writable().updateDocuments(DocumentLayout.articleTerm(article.id()), DocumentLayout.documents(article));
        return new PutResult(article.figures().size(), article.entities().size());
    }

    /** Makes every put so far durable and visible to reads. */
    public void commit() throws IOException {
        writable().commit();
        searchers.maybeRefreshBlocking();
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException(this + " was opened read-only");
        }
        return writer;
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
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new TermQuery(DocumentLayout.typeTerm(type)));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * A searcher of the last commit: a read-only index first looks for a newer one (another process's). Listing
     * the folder tells whether there is one; only then is the commit read and the searcher reopened.
     */
    private IndexSearcher acquire() throws IOException {
        if (writer == null) {
            long generation = SegmentInfos.getLastCommitGeneration(directory.listAll());
            long seen = seenGeneration.get();
            if (generation != seen && searchers.maybeRefresh()) {
                seenGeneration.compareAndSet(seen, generation);
            }
        }
        return searchers.acquire();
    }

    /**
     * Figures and entities matching the request, in its order, the page {@code [offset, offset + limit)}, with
     * facet counts of the whole matching set when asked for. By relevance, a query without words (filters only:
     * kind, place, value…) scores all its hits alike and lists them in the order they were indexed.
     *
     * @throws InvalidQueryException when the query does not parse or would expand to too many terms
     */
    public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
        Objects.requireNonNull(request, "request");
        Query userQuery = parse(request.query());
        Query query = filtered(userQuery, request);
        IndexSearcher searcher = acquire();
        try {
            String expensive = QueryCost.tooExpensive(query, searcher.getIndexReader());
            if (expensive != null) {
                throw invalid(request.query(), "'" + expensive + "' expands to more than " + QueryCost.MAX_EXPANSION
                        + " terms; make it narrower", null);
            }
            int window = request.offset() + request.limit();
            // a query without words (filters only) scores every hit alike: it lists them in the order they were
            // indexed, which Lucene collects a page of and stops, instead of visiting every match for a tie-break
            boolean words = !(HighlightQuery.of(userQuery) instanceof MatchNoDocsQuery);
            Sort sort = request.sort() == SortOrder.RELEVANCE && !words ? Sort.INDEXORDER
                    : DocumentLayout.sort(request.sort());
            TopFieldDocs docs = searcher.search(query, new TopFieldCollectorManager(sort, window, null,
                    TOTAL_HITS_THRESHOLD));
            // facets in a pass of their own, unscored; the page above keeps its pruning
            Facets facets = !request.facets() ? Facets.NONE
                    : searcher.search(new ConstantScoreQuery(query), FacetCounter.manager());
            ScoreDoc[] page = request.offset() >= docs.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(docs.scoreDocs, request.offset(), docs.scoreDocs.length);
            List<Hit> hits = hits(searcher, userQuery, query, page, request.min() != null || request.max() != null
                    || QueryFields.uses(userQuery, DocumentLayout.VALUE));
            return new SearchResult(docs.totalHits.value, docs.totalHits.relation == TotalHits.Relation.EQUAL_TO,
                    hits, facets);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw invalid(request.query(), TOO_MANY_TERMS, e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The user's query with the request's filters; never article documents. */
    private static Query filtered(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        query.add(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_ARTICLE)), Occur.MUST_NOT);
        if (request.kind() != null && !request.kind().isBlank()) {
            query.add(new TermQuery(DocumentLayout.keywordTerm(DocumentLayout.KIND, request.kind().trim())),
                    Occur.FILTER);
        }
        if (request.min() != null || request.max() != null) {
            double lo = request.min() == null ? Double.NEGATIVE_INFINITY : request.min();
            double hi = request.max() == null ? Double.POSITIVE_INFINITY : request.max();
            query.add(DoublePoint.newRangeQuery(DocumentLayout.VALUE, lo, hi), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            int lo = request.from() == null ? Integer.MIN_VALUE : request.from().first();
            int hi = request.to() == null ? Integer.MAX_VALUE : request.to().last();
            query.add(IntPoint.newRangeQuery(DocumentLayout.DATE, lo, hi), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The page's hits: scores, highlighted sentences (of the user's query alone, not the filters), fields. When the
     * query asks for values and no word of it is in a figure's sentence, the figure's own text is what matched,
     * and is marked instead.
     */
    private List<Hit> hits(IndexSearcher searcher, Query userQuery, Query query, ScoreDoc[] page,
            boolean byValue) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        // sorting by value or date computes no scores; the page's few are computed now
        TopFieldCollector.populateScores(page, searcher, query);
        StoredFields stored = searcher.storedFields();
        Query highlight = HighlightQuery.of(userQuery);
        List<Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc);
            String sentence = d.get(DocumentLayout.SENTENCE);
            // the stored text just read, analysed again: no second read of the document, no offsets in the index
            String highlighted = sentence == null ? null
                    : (String) highlighter.highlightWithoutSearcher(DocumentLayout.SENTENCE, highlight, sentence, 1);
            Hit hit = DocumentLayout.hit(d, highlighted == null ? sentence : highlighted, sd.score);
            if (byValue && hit.isFigure() && hit.highlighted() != null && hit.highlighted().indexOf('«') < 0) {
                hit = hit.withHighlighted(mark(hit.highlighted(), hit.text()));
            }
            hits.add(hit);
        }
        return hits;
    }

    /** The sentence with the first occurrence of the figure's text in «…», or as it is when it does not stand there. */
    private static String mark(String sentence, String figureText) {
        int at = figureText == null || figureText.isEmpty() ? -1 : sentence.indexOf(figureText);
        return at < 0 ? sentence : sentence.substring(0, at) + "«" + figureText + "»"
                + sentence.substring(at + figureText.length());
    }

    private Query parse(String query) throws InvalidQueryException {
        try {
            return FactQueryParser.parseQuery(query, analyzer);
        } catch (ParseException e) {
            // the parser repeats the query first and lists every expected token on further lines: keep the reason
            String reason = e.getMessage() == null ? "malformed" : e.getMessage();
            String echo = "Cannot parse '";
            int cut = reason.startsWith(echo) ? reason.indexOf("': ") : -1;
            throw invalid(query, cut >= 0 ? reason.substring(cut + 3) : reason, e);
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
     * {@code text}, which is not stored, yet their matches are to be shown in the sentence. The sentence is not
     * indexed, so the highlighter analyses it again: a few sentences per page, cheaper than offsets for all.
     */
    private static UnifiedHighlighter highlighter(Analyzer analyzer) {
        return UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFieldMatcher(DocumentLayout.HIGHLIGHT_SOURCES::contains)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("«", "»", "…", false))
                // a hit whose match is not in the sentence (a filter, an agency) still shows its sentence
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /**
     * The SHA-256 of the indexed article's source bytes, as of the last commit: a cheap test of whether an input
     * changed since it was indexed (one stored field, where {@link #articleJson} reassembles the whole line).
     */
    public Optional<String> articleSha256(String articleId) throws IOException {
        Objects.requireNonNull(articleId, "articleId");
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(DocumentLayout.articleTerm(articleId)), Occur.FILTER)
                .add(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_ARTICLE)), Occur.FILTER)
                .build();
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] docs = searcher.search(query, 1).scoreDocs;
            return docs.length == 0 ? Optional.empty()
                    : Optional.ofNullable(searcher.storedFields().document(docs[0].doc, java.util.Set.of(
                            DocumentLayout.SHA256)).get(DocumentLayout.SHA256));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The contract JSON line of the article, as extract wrote it, as of the last commit. */
    public Optional<String> articleJson(String articleId) throws IOException {
        Objects.requireNonNull(articleId, "articleId");
        Query query = new TermQuery(DocumentLayout.articleTerm(articleId));
        IndexSearcher searcher = acquire();
        try {
            int n = searcher.count(query);
            if (n == 0) {
                return Optional.empty();
            }
            StoredFields stored = searcher.storedFields();
            Document article = null;
            List<Document> parts = new ArrayList<>(n);
            for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                if (DocumentLayout.TYPE_ARTICLE.equals(d.get(DocumentLayout.TYPE))) {
                    article = d;
                } else {
                    parts.add(d);
                }
            }
            return article == null ? Optional.empty() : Optional.of(DocumentLayout.articleJson(article, parts));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Counts of the last commit, with the figures per kind, agency, place, predicate and year. */
    public IndexStats stats() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return new IndexStats(
                    searcher.count(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_ARTICLE))),
                    searcher.count(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_FIGURE))),
                    searcher.count(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_ENTITY))),
                    searcher.search(new TermQuery(DocumentLayout.typeTerm(DocumentLayout.TYPE_FIGURE)),
                            FacetCounter.manager()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Closes the index; puts since the last {@link #commit()} are discarded. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, analyzer, directory);
    }

    @Override
    public String toString() {
        return "FactIndex[" + config.directory() + (writer == null ? ", read-only]" : "]");
    }
}
