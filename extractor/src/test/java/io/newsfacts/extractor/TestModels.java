package io.newsfacts.extractor;

import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real models, loaded once per test JVM and shared by the test classes (loading takes seconds). */
public final class TestModels {
    private static Extractor extractor;

    private TestModels() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.load(ExtractorConfig.defaults());
        return extractor;
    }

    public static Article extract(String text) {
        try {
            DecodedArticle d = ArticleReader.decode("t", "t.txt", text.getBytes(StandardCharsets.UTF_8), false);
            return extractor().extract(d);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The checked-in corpus folder (Surefire sets newsfacts.corpus). */
    public static Path corpus() {
        String p = System.getProperty("newsfacts.corpus");
        if (p == null) throw new IllegalStateException("system property newsfacts.corpus is not set (run through Maven)");
        return Path.of(p);
    }
}
