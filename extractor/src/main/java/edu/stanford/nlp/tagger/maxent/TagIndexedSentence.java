package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * newsfacts: CoreNLP's {@link TestSentence} with the same approximate scores, computed with each candidate tag's
 * index looked up once per token instead of once per feature and tag (CoreNLP's {@code runApproximateExtractor}
 * asks the tag index for every tag of every feature: a tenth of all extraction time). The sums are added in the
 * same order, so the tags are the same; {@code TagIndexedSentenceTest} checks it. It lives in CoreNLP's package
 * because the tagger's extractors and feature tables are package-private. Only for taggers with approximate
 * scoring; one instance per sentence, as {@link TestSentence}.
 */
public final class TagIndexedSentence extends TestSentence {
    private final Map<String, double[]> localScores = new HashMap<>();
    private double[][] localContextScores;

    public TagIndexedSentence(MaxentTagger tagger) {
        super(tagger);
        if (!tagger.hasApproximateScoring()) {
            throw new IllegalArgumentException("TagIndexedSentence reproduces approximate scoring only");
        }
    }

    @Override
    protected void init() {
        super.init();
        localContextScores = new double[size][];
    }

    /** As {@link TestSentence#getHistories(String[], History)} with approximate scoring. */
    @Override
    protected double[] getHistories(String[] tags, History h) {
        boolean rare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
        Extractors ex = maxentTagger.extractors;
        Extractors exR = maxentTagger.extractorsRare;
        String w = pairs.getWord(h.current);
        int[] tagIndex = new int[tags.length];
        for (int j = 0; j < tags.length; j++) tagIndex[j] = maxentTagger.tags.getIndex(tags[j]);

        double[] lS = localScores.get(w);
        if (lS == null) {
            lS = histories(tagIndex, h, ex.local, rare ? exR.local : null);
            localScores.put(w, lS);
        } else if (lS.length != tags.length) {
            lS = histories(tagIndex, h, ex.local, rare ? exR.local : null);
            if (tags.length > 1) localScores.put(w, lS);
        }
        double[] lcS = localContextScores[h.current];
        if (lcS == null) {
            lcS = histories(tagIndex, h, ex.localContext, rare ? exR.localContext : null);
            localContextScores[h.current] = lcS;
            ArrayMath.pairwiseAddInPlace(lcS, lS);
        }
        double[] totalS = histories(tagIndex, h, ex.dynamic, rare ? exR.dynamic : null);
        ArrayMath.pairwiseAddInPlace(totalS, lcS);
        return totalS;
    }

    private double[] histories(int[] tagIndex, History h, List<Pair<Integer, Extractor>> extractors,
            List<Pair<Integer, Extractor>> extractorsRare) {
        double[] scores = new double[tagIndex.length];
        double[] lambda = maxentTagger.getLambdaSolve().lambda;
        for (Pair<Integer, Extractor> e : extractors) {
            run(e.first(), e.second(), h, tagIndex, scores, lambda);
        }
        if (extractorsRare != null) {
            int szCommon = maxentTagger.extractors.size();
            for (Pair<Integer, Extractor> e : extractorsRare) {
                run(szCommon + e.first(), e.second(), h, tagIndex, scores, lambda);
            }
        }
        return scores;
    }

    private void run(int kf, Extractor extractor, History h, int[] tagIndex, double[] scores, double[] lambda) {
        int[] fAssociations = maxentTagger.fAssociations.get(kf).get(extractor.extract(h));
        if (fAssociations == null) return;
        for (int j = 0; j < tagIndex.length; j++) {
            int fNum = fAssociations[tagIndex[j]];
            if (fNum >= 0) scores[j] += lambda[fNum];
        }
    }
}
