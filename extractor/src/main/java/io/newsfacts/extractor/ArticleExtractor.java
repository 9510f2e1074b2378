package io.newsfacts.extractor;

import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import java.util.function.BooleanSupplier;

/** Something that turns a decoded article into an {@link Article}; implementations are thread-safe. */
public interface ArticleExtractor {
    Article extract(DecodedArticle in);

    /**
     * Extracts {@code in}, giving up with a {@link java.util.concurrent.CancellationException} soon after
     * {@code cancelled} turns true, for a caller that bounds each article's time. A flag rather than the thread's
     * interrupt, which CoreNLP catches and clears inside its annotators. By default, not cancellable.
     */
    default Article extract(DecodedArticle in, BooleanSupplier cancelled) {
        return extract(in);
    }
}
