package io.newsfacts.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extractor.TestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CrfFeatures} gives CoreNLP's own CRF features, index for index, on every token of the corpus articles
 * and of text made to reach the corners: sentence edges, pads, repeated capitalized words (occurrence patterns),
 * short neighbours, prefixes equal to suffixes, digits, Unicode, words the cluster lexicon lacks.
 */
class CrfFeaturesTest {
    private static CoreNlpModel model;
    private static final List<String> mismatches = new ArrayList<>();
    private static int positions;

    @BeforeAll
    static void load() {
        model = CoreNlpModel.load();
        assertTrue(model.ner().fast(), "the 3-class model's flags are the ones CrfFeatures implements");
        model.ner().audit = (ours, theirs) -> {
            synchronized (mismatches) {
                assertEquals(theirs.length, ours.length);
                for (int i = 0; i < ours.length; i++) {
                    positions++;
                    for (int k = 0; k < 2; k++) {
                        int[] t = Arrays.stream(theirs[i][k]).sorted().distinct().toArray();
                        if (!Arrays.equals(t, ours[i][k]) && mismatches.size() < 3) {
                            mismatches.add("position " + i + " clique " + k + ": CoreNLP " + Arrays.toString(t)
                                    + " ours " + Arrays.toString(ours[i][k]));
                        }
                    }
                }
            }
        };
    }

    @AfterAll
    static void unhook() {
        if (model != null) model.ner().audit = null;
    }

    @Test
    void sameFeaturesAsCoreNlpOnTheCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestModels.corpus().resolve("articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "corpus articles");
        for (Path f : files) model.parse(Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(positions > 5000, "tokens compared: " + positions);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void sameFeaturesAsCoreNlpInTheCorners() {
        String[] texts = {
            "Smith met Jones . Then Smith met Jones again , and Jones left Smith there .",
            "A",
            "Xi",
            "\"Hello,\" said Mr. O'Neill of the U.S.-China Business Council in Washington, D.C.",
            "He paid $1,234.50 (about 1.2 million yuan) for 3 tonnes of 99.9% pure colour-changing aluminium.",
            "the the the the the the the the the the the the",
            "Gdańsk Zürich Åland Ørsted naïve café — Москва 北京 東京",
            "iPhone eBay McDonald's NASA'S McLaren Mercedes-Benz AT&T 3M",
            "Paris is in France . Paris Hilton is not in Paris , France , but Hilton hotels are .",
            "<a> ab a b c d e f g h i j k l m n o p q r s t u v w x y z",
            "Wolverhampton Wanderers beat Queens Park Rangers 2-1 at Molineux on 12/03/2005 .",
        };
        for (String t : texts) model.parse(t);
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 200; i++) longText.append(i % 7 == 0 ? "Obama " : "said ").append(i % 11 == 0 ? "Kerry " : "x ");
        model.parse(longText.toString());
        assertEquals(List.of(), mismatches);
    }

    @Test
    void sameFeaturesAfterTheWordCacheIsForgotten() throws Exception {
        FastFeatureCrf small = FastFeatureCrf.load("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", 40);
        assertTrue(small.fast());
        List<String> seen = new ArrayList<>();
        int[] compared = {0};
        small.audit = (ours, theirs) -> {
            compared[0] += ours.length;
            for (int i = 0; i < ours.length; i++) {
                for (int k = 0; k < 2; k++) {
                    int[] t = Arrays.stream(theirs[i][k]).sorted().distinct().toArray();
                    if (!Arrays.equals(t, ours[i][k]) && seen.size() < 3) seen.add("position " + i + " clique " + k);
                }
            }
        };
        String text = Files.readString(TestModels.corpus().resolve("articles").resolve("mps-2020-10-26.txt"),
                StandardCharsets.UTF_8);
        int sentences = 0;
        for (String s : text.split("(?<=[.;])\\s+")) {
            List<edu.stanford.nlp.ling.CoreLabel> tokens = new ArrayList<>();
            for (String w : s.split("\\s+")) {
                if (w.isEmpty()) continue;
                edu.stanford.nlp.ling.CoreLabel l = new edu.stanford.nlp.ling.CoreLabel();
                l.setWord(w);
                l.setValue(w);
                tokens.add(l);
            }
            if (tokens.isEmpty()) continue;
            small.classifySentence(tokens); // twice: the second time many words are cached, some forgotten
            small.classifySentence(tokens);
            sentences++;
        }
        assertTrue(sentences > 10, "sentences: " + sentences);
        assertTrue(compared[0] > 500, "tokens compared: " + compared[0]);
        assertEquals(List.of(), seen);
    }
}
