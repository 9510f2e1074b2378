package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.input.UnreadableArticleException;
import io.newsfacts.extractor.json.ContractJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The extractor's invariants on random text mixing words, numbers, punctuation and Unicode, through the real
 * models: every span of the JSON output is in bounds and its text is its slice, everything is sorted, two runs
 * agree, and threads sharing the extractor agree with one thread. jqwik prints the seed of a failing try
 * ({@code @Property(seed = "…")} replays it).
 */
class ExtractorPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Property(tries = 40)
    void spansAreSlicesSortedAndRunsRepeat(@ForAll("articles") String text) throws Exception {
        DecodedArticle d = decode("p", text);
        String json = ContractJson.toJsonLine(TestModels.extractor().extract(d));
        JsonNode article = JSON.readTree(json);
        // the invariants would hold trivially on empty output: most random articles must have figures
        Statistics.label("figures found").collect(article.get("figures").size() > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 40));
        checkSpansAndOrder(d.text(), article);
        assertEquals(json, ContractJson.toJsonLine(TestModels.extractor().extract(d)), "a second run differs");
    }


    @Property(tries = 6)
    void parallelEqualsSequential(@ForAll("batches") List<String> texts) throws Exception {
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) sequential.add(extract("p" + i, texts.get(i)));
        List<Future<String>> parallel = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = "p" + i;
            String text = texts.get(i);
            parallel.add(POOL.submit(() -> extract(id, text)));
        }
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(sequential.get(i), parallel.get(i).get(), "article " + i + " differs on two threads");
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(WORDS)),
                Tuple.of(3, numbers()),
                Tuple.of(3, Arbitraries.of(PUNCTUATION)),
                Tuple.of(1, Arbitraries.of(UNICODE)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(3)));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", " ", "", "\n", "\n\n", "\t", "\u00a0");
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(70),
                        separator.list().ofSize(70))
                .as((pieces, seps) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) sb.append(pieces.get(i)).append(seps.get(i));
                    return sb.toString();
                })
                // the reader refuses blank or binary text; the extractor never sees it
                .filter(t -> !t.isBlank() && t.indexOf('\u0000') < 0);
    }

    @Provide
    Arbitrary<List<String>> batches() {
        return articles().list().ofMinSize(2).ofMaxSize(5);
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1_000_000).map(String::valueOf),
                Arbitraries.longs().between(1000, 9_999_999_999L).map(n -> String.format("%,d", n)),
                Arbitraries.doubles().between(0, 1000).ofScale(2).map(d -> d + "%"),
                Arbitraries.integers().between(1, 999).map(n -> "$" + n + (n % 2 == 0 ? "m" : " billion")),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("3,2016", "1,1,1,1", "1.2.3", "-5", "+7%", "10-20", "1/2", "½", "٣٤", "１２３",
                        "12.", ".5", "1e9", "0x1F", "2020-10-26", "10:30"));
    }

    private static final List<String> WORDS = List.of("police", "arrested", "suspects", "the", "ministry", "of",
            "Public", "Security", "said", "on", "Monday", "in", "Beijing", "cases", "were", "cracked", "year-on-year",
            "increase", "of", "percent", "million", "billion", "people", "Xinhua", "January", "to", "September",
            "this", "year", "more", "than", "about", "up", "from", "Ministry", "China", "Shanghai", "company", "shares",
            "rose", "fell", "by", "yuan", "dollars", "Mr", "Smith", "U.S.", "and", "a", "an", "were", "killed",
            "injured", "tonnes", "kilometres", "hours", "respectively", "including", "Li", "Wei", "spokesman",
            "department", "Province", "Court", "sentenced", "years", "BEIJING", "--", "Oct.", "26");
    private static final List<String> PUNCTUATION = List.of(".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "-",
            "--", "—", "–", "…", "%", "$", "£", "€", "¥", "/", "&", "«", "»", "“", "”", "‘", "’", "[", "]", "*", "#",
            "@", "<p>", "&amp;", "\\", "|", "~", "^", ". ", "? ", "! ");
    private static final List<String> UNICODE = List.of("café", "naïve", "Zürich", "São Paulo", "Ελλάδα", "Москва",
            "北京", "公安部", "東京", "서울", "مرحبا", "עברית", "हिन्दी", "😀", "👍🏽", "𝟙𝟚", "e\u0301", "\u200b", "\ufeff",
            "\u2028", "ﬁ", "Ⅻ", "\ud835\udc00", "™", "°C", "m²", "µg");

    private static String extract(String id, String text) {
        return ContractJson.toJsonLine(TestModels.extractor().extract(decode(id, text)));
    }

    /** The text as the reader gives it (a lone surrogate became '?', a leading BOM is gone). */
    private static DecodedArticle decode(String id, String text) {
        try {
            return ArticleReader.decode(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8), false);
        } catch (UnreadableArticleException e) {
            Assume.that(false); // many control characters: the reader refuses it as binary, the extractor never sees it
            throw new AssertionError(e);
        }
    }

    /** Checks the JSON, not the records: the contract is what downstream programs read. */
    private static void checkSpansAndOrder(String text, JsonNode article) {
        int lastFigure = -1;
        for (JsonNode f : article.get("figures")) {
            checkSpan(text, f, "figure");
            for (String field : List.of("counted", "predicate", "period", "place")) {
                if (!f.get(field).isNull()) checkSpan(text, f.get(field), field);
            }
            assertTrue(f.get("start").asInt() >= lastFigure, () -> "figures not sorted at " + f);
            lastFigure = f.get("start").asInt();
        }
        int lastEntity = -1;
        for (JsonNode e : article.get("entities")) {
            checkSpan(text, e, "entity");
            assertTrue(e.get("start").asInt() >= lastEntity, () -> "entities not sorted at " + e);
            lastEntity = e.get("start").asInt();
        }
        for (JsonNode w : article.get("warnings")) {
            if (!w.get("start").isNull()) checkSpan(text, w, "warning");
        }
        if (!article.get("dateline").isNull()) checkSpan(text, article.get("dateline"), "dateline");
    }

    private static void checkSpan(String text, JsonNode node, String what) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(),
                () -> what + " [" + start + "," + end + ") outside text of length " + text.length());
        assertEquals(text.substring(start, end), node.get("text").asText(), () -> what + " text is not its slice");
    }

}
