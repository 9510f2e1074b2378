package io.newsfacts.cli;

import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.input.UnreadableArticleException;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Reads and extracts articles on a fixed pool of threads sharing one {@link ArticleExtractor}, and hands them to a sink
 * on the calling thread in input order. At most a few articles per thread are in flight, so memory stays bounded
 * however many inputs there are. A failed input is reported on stderr and counted; the batch goes on (unless it
 * fails fast). Every article has a time bound: one that exceeds it is reported and cancelled (the extractor checks
 * between its stages and between the pieces of a long text, and the input size is capped, so the worker is free
 * again soon), and the batch goes on.
 */
final class ExtractionBatch {
    /** Receives each extracted article, in input order, on the thread that runs the batch. */
    @FunctionalInterface
    interface Sink {
        void accept(Article article) throws IOException;
    }

    /** Whether an article need not be extracted again: the index holds it with the same content. Thread-safe. */
    @FunctionalInterface
    interface Unchanged {
        boolean test(DecodedArticle article) throws IOException;
    }

    /**
     * How a batch runs: worker threads, the largest article it reads, each article's time bound, whether the first
     * failure stops it, and whether a progress line is drawn (standard error is a terminal).
     */
    record Settings(int threads, long maxArticleBytes, Duration timeout, boolean failFast, boolean progress) {
        Settings {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
            if (maxArticleBytes < 1) throw new IllegalArgumentException("maxArticleBytes: " + maxArticleBytes);
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout: " + timeout);
        }
    }

    /** What became of one input. */
    private sealed interface Outcome {
    }

    /** Extracted (or, not in English, only read): its line is written. */
    private record Extracted(Article article) implements Outcome {
    }

    /** Nothing to write, on purpose: {@code reason} is counted. */
    private record Skipped(String reason) implements Outcome {
    }

    /** Nothing to write: {@code reason} is counted, {@code message} (naming the input) printed. */
    private record Failed(String reason, String message) implements Outcome {
    }

    /** One input on its way through the pool; {@code startNanos} is 0 until its clock starts. */
    private static final class Job {
        final Input input;
        volatile long startNanos;
        /** Read by the extractor between its stages: the thread's interrupt alone is not enough (CoreNLP eats it). */
        volatile boolean cancelled;
        Future<Outcome> future;

        Job(Input input) {
            this.input = input;
        }

        void startClock() {
            startNanos = System.nanoTime() | 1; // never 0, which means not started
        }

        void cancel() {
            cancelled = true;
            future.cancel(true);
        }
    }

    static final String TIMED_OUT = "timed out";
    static final String EXTRACTION_FAILED = "extraction failed";
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** How often the batch thread wakes while waiting: to check time bounds and move the progress line. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ArticleExtractor extractor;
    private final Settings settings;
    private final InputStream stdin;
    private final PrintWriter err;
    private final LongSupplier tokens;
    private final Unchanged unchanged;

    /**
     * {@code tokens}: tokens parsed by the extractor so far (null when it does not count them); {@code unchanged}:
     * null to extract every article.
     */
    ExtractionBatch(ArticleExtractor extractor, Settings settings, InputStream stdin, PrintWriter err,
            LongSupplier tokens, Unchanged unchanged) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stdin = stdin;
        this.err = err;
        this.tokens = tokens;
        this.unchanged = unchanged;
    }

    /** Runs the batch; the summary's seconds count from {@code startNanos}. Sink failures stop the batch. */
    BatchSummary run(List<Input> inputs, Sink sink, long startNanos) throws IOException {
        long batchStart = System.nanoTime();
        long tokensBefore = tokens == null ? 0 : tokens.getAsLong();
        Tally tally = new Tally();
        Progress progress = settings.progress() ? Progress.on(err, inputs.size()) : Progress.off(err);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
        Deque<Job> window = new ArrayDeque<>();
        try {
            int limit = settings.threads() * IN_FLIGHT_PER_THREAD;
            int next = 0;
            boolean stop = false;
            while (!window.isEmpty() || (!stop && next < inputs.size())) {
                while (!stop && next < inputs.size() && window.size() < limit) {
                    Job job = new Job(inputs.get(next++));
                    job.future = pool.submit(() -> process(job));
                    window.addLast(job);
                }
                Outcome o = await(window.peekFirst());
                if (o == null) {
                    progress.tick();
                    continue;
                }
                window.removeFirst();
                if (take(o, tally, progress, sink) && settings.failFast()) {
                    stop = true;
                    for (Job j : window) j.cancel();
                    window.clear();
                }
                progress.update(tally.done);
            }
        } finally {
            progress.close();
            for (Job j : window) j.cancel(); // left when the sink failed
            pool.shutdownNow();
        }
        long now = System.nanoTime();
        return new BatchSummary(tally.done, tally.articles, tally.figures, tally.entities, tally.skipped,
                tally.failed, inputs.size() - tally.done, tokens == null ? -1 : tokens.getAsLong() - tokensBefore,
                (now - batchStart) / 1e9, (now - startNanos) / 1e9);
    }

    /** What the batch has done so far; kept by the batch thread. */
    private static final class Tally {
        int done;
        long articles;
        long figures;
        long entities;
        final Map<String, Long> skipped = new HashMap<>();
        final Map<String, Long> failed = new HashMap<>();
    }

    /** Counts and reports one outcome, in input order, and writes its article; true when it is a failure. */
    private static boolean take(Outcome o, Tally tally, Progress progress, Sink sink) throws IOException {
        tally.done++;
        if (o instanceof Failed f) {
            tally.failed.merge(f.reason(), 1L, Long::sum);
            progress.message("newsfacts: " + f.message());
            return true;
        }
        if (o instanceof Skipped s) {
            tally.skipped.merge(s.reason(), 1L, Long::sum);
            return false;
        }
        Article a = ((Extracted) o).article();
        String display = a.source().path(); // the input's display name, standard input's too
        if (a.source().encoding().equals("windows-1252")) {
            progress.message("newsfacts: " + display + ": not valid UTF-8, read as windows-1252");
        }
        for (Warning w : a.warnings()) {
            if (w.code().equals(Warning.NOT_ENGLISH)) {
                tally.skipped.merge(BatchSummary.NOT_ENGLISH, 1L, Long::sum);
                progress.message("newsfacts: " + display + ": " + w.message());
            }
        }
        tally.articles++;
        tally.figures += a.figures().size();
        tally.entities += a.entities().size();
        sink.accept(a);
        return false;
    }

    /** Runs on a worker: read, check, extract. Every expected failure is an outcome, never an exception. */
    private Outcome process(Job job) {
        Input in = job.input;
        if (in instanceof Input.Unreachable u) {
            return new Failed(u.reason(), u.display() + ": " + u.reason());
        }
        if (!(in instanceof Input.Stdin)) {
            job.startClock(); // standard input is timed once it is read: a person may be typing it
        }
        DecodedArticle decoded;
        try {
            if (in instanceof Input.File f) {
                decoded = ArticleReader.read(f.file(), f.root(), settings.maxArticleBytes());
            } else {
                byte[] bytes = ArticleReader.readAtMost(stdin, Input.Stdin.DISPLAY, settings.maxArticleBytes());
                job.startClock();
                decoded = ArticleReader.decode("stdin", Input.Stdin.DISPLAY, bytes, false);
            }
        } catch (UnreadableArticleException e) {
            return new Failed(e.problem().description(), e.getMessage()); // the message starts with the path
        } catch (NoSuchFileException e) {
            String reason = Inputs.reason(e);
            boolean listed = in instanceof Input.File f && !f.file().equals(f.root());
            return new Failed(reason, in.display() + ": " + reason + (listed ? " (deleted since its folder was listed)"
                    : ""));
        } catch (IOException e) {
            String reason = Inputs.reason(e);
            return new Failed(reason, in.display() + ": " + reason);
        } catch (StackOverflowError e) {
            return new Failed(EXTRACTION_FAILED, in.display() + ": " + EXTRACTION_FAILED + ": too deeply nested");
        }
        try {
            if (unchanged != null && unchanged.test(decoded)) {
                return new Skipped(BatchSummary.UNCHANGED);
            }
        } catch (IOException e) {
            return new Failed(Inputs.reason(e), in.display() + ": cannot look it up in the index: " + Inputs.reason(e));
        }
        try {
            return new Extracted(extractor.extract(decoded, () -> job.cancelled));
        } catch (CancellationException e) {
            return new Failed(TIMED_OUT, in.display() + ": " + TIMED_OUT); // the batch has said so already
        } catch (RuntimeException e) {
            // An extractor defect on one article must not cost the rest of the batch: count it, name it, go on.
            return new Failed(EXTRACTION_FAILED, in.display() + ": " + EXTRACTION_FAILED + ": " + e);
        } catch (StackOverflowError e) {
            return new Failed(EXTRACTION_FAILED, in.display() + ": " + EXTRACTION_FAILED + ": stack overflow");
        }
    }

    /**
     * The outcome of {@code job}; null when it is not ready after a short wait. A job whose clock ran past the
     * time bound is cancelled (its worker interrupted) and becomes a failure.
     */
    private Outcome await(Job job) throws IOException {
        try {
            if (!job.future.isDone()) {
                long wait = POLL_NANOS;
                long started = job.startNanos;
                if (started != 0) {
                    long left = started + settings.timeout().toNanos() - System.nanoTime();
                    if (left <= 0) {
                        job.cancel();
                        String reason = TIMED_OUT + " after " + Progress.duration(settings.timeout().toSeconds());
                        return new Failed(TIMED_OUT, job.input.display() + ": " + reason
                                + " (the limit is set by --timeout)");
                    }
                    wait = Math.min(wait, left);
                }
                return job.future.get(wait, TimeUnit.NANOSECONDS);
            }
            return job.future.get();
        } catch (TimeoutException e) {
            return null;
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
