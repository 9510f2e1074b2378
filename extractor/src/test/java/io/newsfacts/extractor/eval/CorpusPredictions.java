package io.newsfacts.extractor.eval;

import io.newsfacts.extractor.TestModels;
import io.newsfacts.extractor.input.ArticleReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corpus gold and the real extractor's output for each gold article, extracted once per test JVM. */
final class CorpusPredictions {
    private static List<GoldDocument> docs;
    private static Map<String, Prediction> predictions;

    private CorpusPredictions() {
    }

    static synchronized List<GoldDocument> docs() throws Exception {
        if (docs == null) docs = GoldFiles.load(List.of(TestModels.corpus().resolve("gold")));
        return docs;
    }

    /** Gold id -> the extractor's output for the gold's article, in gold order. */
    static synchronized Map<String, Prediction> predictions() throws Exception {
        if (predictions == null) {
            Map<String, Prediction> out = new LinkedHashMap<>();
            for (GoldDocument d : docs()) {
                out.put(d.id(), Prediction.of(TestModels.extractor().extract(
                        ArticleReader.read(d.filePath(), d.filePath().getParent())), out.size() + 1));
            }
            predictions = out;
        }
        return predictions;
    }
}
