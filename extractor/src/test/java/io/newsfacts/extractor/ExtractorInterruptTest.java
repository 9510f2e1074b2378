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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        AtomicInteger polls = new AtomicInteger();
        CountDownLatch underway = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                x.extract(d, () -> {
                    // polled once per piece: the third poll means two of the 50 pieces are parsed
                    if (polls.incrementAndGet() == 3) underway.countDown();
                    return cancelled.get();
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        // cancelled once the extraction is under way, however fast this machine parses (no fixed sleep)
        assertTrue(underway.await(60, TimeUnit.SECONDS), "the extraction never got to its third piece");
        long cancelledAt = System.nanoTime();
        cancelled.set(true);
        worker.interrupt(); // as a batch does; CoreNLP may catch and clear it, the flag is what counts
        worker.join(10_000);
        assertFalse(worker.isAlive(), "still extracting 10 s after it was cancelled");
        assertInstanceOf(CancellationException.class, thrown.get(), "the extraction ran to its end");
        assertTrue(polls.get() < 10, "went on parsing " + (polls.get() - 3) + " pieces after it was cancelled");
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
