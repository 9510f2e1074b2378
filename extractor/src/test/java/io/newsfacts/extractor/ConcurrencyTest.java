package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.json.ContractJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by worker threads gives exactly the output of a sequential run, twice. */
class ConcurrencyTest {
    @Test
    void parallelEqualsSequential() throws Exception {
        Path seed = TestModels.corpus().resolve("articles/mps-2020-10-26.txt");
        String text = Files.readString(seed);
        String[] paragraphs = text.split("\n\n");
        List<DecodedArticle> inputs = new ArrayList<>();
        inputs.add(ArticleReader.read(seed, seed.getParent()));
        for (int i = 0; i < paragraphs.length; i++) {
            inputs.add(ArticleReader.decode("p" + i, "p" + i + ".txt",
                    paragraphs[i].getBytes(StandardCharsets.UTF_8), false));
        }
        Extractor x = TestModels.extractor();
        List<String> sequential = new ArrayList<>();
        for (DecodedArticle d : inputs) sequential.add(ContractJson.toJsonLine(x.extract(d)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (DecodedArticle d : inputs) futures.add(pool.submit(() -> ContractJson.toJsonLine(x.extract(d))));
                for (int i = 0; i < inputs.size(); i++) {
                    assertEquals(sequential.get(i), futures.get(i).get(), inputs.get(i).id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void languageIsDetectedNotAssumed() {
        assertEquals("en", TestModels.extract("The Ministry of Public Security held a press conference in Beijing on "
                + "Monday. Police arrested 373,000 criminal suspects this year, officials said.").language());
        assertEquals("fr", TestModels.extract("Le ministère de la Sécurité publique a tenu une conférence de presse "
                + "à Pékin lundi. La police a arrêté des milliers de suspects cette année, selon les autorités.")
                .language());
    }
}
