package io.newsfacts.cli;

import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.input.UnreadableArticleException;
import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and extracts articles on a fixed pool of threads sharing one {@link ArticleExtractor}, and hands them to a sink
 * on the calling thread in input order. At most a few articles per thread are in flight, so memory stays bounded
 * however many inputs there are. A failed input is reported on stderr and counted; the batch goes on.
 */
final class ExtractionBatch {
    /** Receives each extracted article, in input order, on the thread that runs the batch. */
    @FunctionalInterface
    interface Sink {
        void accept(Article article) throws IOException;
    }

    /** The outcome of one input: an article, or the line that says why there is none. */
    private record Outcome(Article article, String error) {
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final ArticleExtractor extractor;
    private final int threads;
    private final InputStream stdin;
    private final PrintWriter err;

    ExtractionBatch(ArticleExtractor extractor, int threads, InputStream stdin, PrintWriter err) {
        this.extractor = extractor;
        this.threads = threads;
        this.stdin = stdin;
        this.err = err;
    }

    /** Runs the batch; the summary's seconds count from {@code startNanos}. Sink failures stop the batch. */
    BatchSummary run(List<Input> inputs, Sink sink, long startNanos) throws IOException {
        long articles = 0;
        long figures = 0;
        long entities = 0;
        long failures = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int limit = threads * IN_FLIGHT_PER_THREAD;
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < limit) {
                    Input in = inputs.get(next++);
                    window.addLast(pool.submit(() -> process(in)));
                }
                Outcome o = await(window.removeFirst());
                if (o.error() != null) {
                    failures++;
                    err.println("newsfacts: " + o.error());
                    err.flush();
                } else {
                    articles++;
                    figures += o.article().figures().size();
                    entities += o.article().entities().size();
                    sink.accept(o.article());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new BatchSummary(articles, figures, entities, failures, (System.nanoTime() - startNanos) / 1e9);
    }

    private Outcome process(Input in) {
        if (in instanceof Input.Unreachable u) {
            return new Outcome(null, u.display() + ": " + u.reason());
        }
        DecodedArticle decoded;
        try {
            decoded = in instanceof Input.File f
                    ? ArticleReader.read(f.file(), f.root())
                    : ArticleReader.decode("stdin", Input.Stdin.DISPLAY, stdin.readAllBytes(), false);
        } catch (UnreadableArticleException e) {
            return new Outcome(null, e.getMessage()); // the reader's message starts with the path
        } catch (IOException e) {
            return new Outcome(null, in.display() + ": " + Inputs.reason(e));
        }
        try {
            return new Outcome(extractor.extract(decoded), null);
        } catch (RuntimeException e) {
            // An extractor defect on one article must not cost the rest of the batch: count it, name it, go on.
            return new Outcome(null, in.display() + ": extraction failed: " + e);
        }
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while extracting");
        } catch (ExecutionException e) {
            // process() returns every expected failure as an Outcome; what is left is an Error.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsfacts-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
