package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Long texts are parsed in pieces: sentences stay short, and cancelling stops the extraction soon. */
class ExtractorInterruptTest {
    /** 250,000 chars of words without a single sentence end: about 50,000 tokens. */
    private static final String NO_BREAKS = "police arrested 12 suspects in Beijing and ".repeat(6000);

    @Test
    void cancellingEndsALongExtractionWithinSeconds() throws Exception {
        DecodedArticle d = ArticleReader.decode("long", "long.txt", NO_BREAKS.getBytes(StandardCharsets.UTF_8), false);
        Extractor x = TestModels.extractor();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                x.extract(d, cancelled::get);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(1500);
        assertTrue(worker.isAlive(), "the extraction should take longer than 1.5 s");
        long cancelledAt = System.nanoTime();
        cancelled.set(true);
        worker.interrupt(); // as a batch does; CoreNLP may catch and clear it, the flag is what counts
        worker.join(10_000);
        assertFalse(worker.isAlive(), "still extracting 10 s after it was cancelled");
        assertInstanceOf(CancellationException.class, thrown.get());
        System.out.printf("extraction stopped %.1f s after it was cancelled%n", (System.nanoTime() - cancelledAt) / 1e9);
    }

    @Test
    void aTextWithoutSentenceBreaksBecomesShortSentences() {
        String text = NO_BREAKS.substring(0, 24_000);
        Article a = TestModels.extract(text);
        assertTrue(a.sentences().size() >= 4, "one sentence of 24,000 chars");
        for (Span s : a.sentences()) {
            assertTrue(s.end() - s.start() <= TextPieces.RUN + 1, "sentence " + s.start() + " is too long");
        }
        assertTrue(a.figures().size() > 100, "figures are still found: " + a.figures().size());
    }
}
