package edu.stanford.nlp.tagger.maxent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TagIndexedSentence} tags exactly as CoreNLP's own {@link TestSentence} with approximate scoring. */
class TagIndexedSentenceTest {
    private static final String MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static MaxentTagger tagger;
    private static StanfordCoreNLP splitter;

    @BeforeAll
    static void load() {
        Properties approximate = new Properties();
        approximate.setProperty("approximate", "true");
        tagger = new MaxentTagger(MODEL, approximate);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        splitter = new StanfordCoreNLP(p);
    }

    @Test
    void sameTagsAsCoreNlpOnTheCorpusAndOddText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("newsfacts.corpus"), "articles"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        texts.add("Xyzzy qwertz 3,2016 £1.2bn 41.1% -- ¡¿ Москва 北京 flibbertigibbet'd ... 501st .");
        int tokens = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            splitter.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<String> theirs = new TestSentence(tagger).tagSentence(labels, false).stream()
                        .map(TaggedWord::tag).toList();
                List<String> ours = new TagIndexedSentence(tagger).tagSentence(labels, false).stream()
                        .map(TaggedWord::tag).toList();
                assertEquals(theirs, ours, sentence.toString());
                tokens += labels.size();
            }
        }
        assertTrue(tokens > 10_000, "tokens compared: " + tokens);
    }

    @Test
    void refusesExactScoring() {
        Properties exact = new Properties();
        exact.setProperty("approximate", "false");
        MaxentTagger t = new MaxentTagger(MODEL, exact);
        assertThrows(IllegalArgumentException.class, () -> new TagIndexedSentence(t));
    }
}
