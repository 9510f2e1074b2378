package io.newsfacts.extractor;

import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;

/** Something that turns a decoded article into an {@link Article}; implementations are thread-safe. */
public interface ArticleExtractor {
    Article extract(DecodedArticle in);
}
