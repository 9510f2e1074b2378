package io.newsfacts.extractor.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.util.List;

/**
 * CoreNLP's CRF classifier with its test-time features computed by {@link CrfFeatures} (same features, far
 * fewer strings); Viterbi decoding and the model are CoreNLP's own. Falls back to CoreNLP's feature extraction for
 * a model whose flags {@link CrfFeatures} does not implement.
 */
final class FastFeatureCrf extends CRFClassifier<CoreLabel> {
    private CrfFeatures features;
    /** For tests: when set, every sentence's features are computed both ways and handed here (ours, CoreNLP's). */
    volatile java.util.function.BiConsumer<int[][][], int[][][]> audit;

    private FastFeatureCrf() {
        super();
    }

    /** Loads the serialized classifier at {@code path} (classpath or file). */
    static FastFeatureCrf load(String path) throws IOException, ClassNotFoundException {
        return load(path, CrfFeatures.MAX_WORDS);
    }

    /** Loads the classifier, its per-word feature cache forgotten past {@code maxWords} words. */
    static FastFeatureCrf load(String path, int maxWords) throws IOException, ClassNotFoundException {
        FastFeatureCrf crf = new FastFeatureCrf();
        crf.loadClassifier(path);
        if (crf.featureFactories.size() == 1
                && crf.featureFactories.get(0) instanceof NERFeatureFactory<?> factory) {
            crf.features = CrfFeatures.of(crf.flags, factory, featureIndex(crf), maxWords);
        }
        return crf;
    }

    /** CoreNLP keeps the feature index package-private. */
    @SuppressWarnings("unchecked")
    private static edu.stanford.nlp.util.Index<String> featureIndex(CRFClassifier<CoreLabel> crf) {
        try {
            java.lang.reflect.Field f = CRFClassifier.class.getDeclaredField("featureIndex");
            f.setAccessible(true);
            return (edu.stanford.nlp.util.Index<String>) f.get(crf);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether features are computed here rather than by CoreNLP's feature factory. */
    boolean fast() {
        return features != null;
    }

    @Override
    public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
        if (features == null || document.isEmpty()
                || document.get(0).get(CoreAnnotations.DomainAnnotation.class) != null) {
            return super.documentToDataAndLabels(document);
        }
        int n = document.size();
        int[] labels = new int[n];
        for (int j = 0; j < n; j++) {
            labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
        }
        int[][][] data = features.data(document);
        var a = audit;
        if (a != null) a.accept(data, super.documentToDataAndLabels(document).first());
        return new Triple<>(data, labels, new double[n][windowSize][]);
    }

}
