package io.newsfacts.cli;

import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.eval.GoldDocument;
import io.newsfacts.extractor.eval.Prediction;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.UnreadableArticleException;
import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts the article of every gold document (its {@code file}) on a few threads sharing one extractor, for
 * {@code eval} without {@code --pred}. An article that cannot be read or extracted is reported and counted; it
 * then has no prediction, which the scores show as missing.
 */
final class GoldArticles {
    /** The predictions by gold id, and what the batch did. */
    record Result(Map<String, Prediction> predictions, long figures, long entities, int failures) {
    }

    private GoldArticles() {
    }

    static Result extract(List<GoldDocument> docs, ArticleExtractor extractor, int threads, PrintWriter err)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsfacts-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Article>> jobs = new ArrayList<>();
            for (GoldDocument d : docs) {
                jobs.add(pool.submit(() -> extractor.extract(ArticleReader.read(d.filePath(), d.filePath().getParent()))));
            }
            Map<String, Prediction> out = new LinkedHashMap<>();
            long figures = 0;
            long entities = 0;
            int failures = 0;
            for (int i = 0; i < docs.size(); i++) {
                GoldDocument d = docs.get(i);
                try {
                    Article a = jobs.get(i).get();
                    out.put(d.id(), Prediction.of(a, i + 1));
                    figures += a.figures().size();
                    entities += a.entities().size();
                } catch (ExecutionException e) {
                    failures++;
                    err.println("newsfacts: " + reason(d, e.getCause()));
                    err.flush();
                }
            }
            return new Result(out, figures, entities, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while extracting");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String reason(GoldDocument d, Throwable cause) {
        if (cause instanceof UnreadableArticleException) {
            return cause.getMessage(); // the reader's message starts with the path
        }
        if (cause instanceof IOException io) {
            return d.filePath() + ": " + Inputs.reason(io);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // An extractor defect on one article must not cost the rest: count it, name it, go on.
        return d.filePath() + ": extraction failed: " + cause;
    }
}
