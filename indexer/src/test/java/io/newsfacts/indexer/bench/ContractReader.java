package io.newsfacts.indexer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.input.UnreadableArticleException;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Change;
import io.newsfacts.extractor.model.Dateline;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Period;
import io.newsfacts.extractor.model.Predicate;
import io.newsfacts.extractor.model.Range;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.model.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds {@link Article} records from extract's JSON Lines, for the benchmark: the contract has no article
 * text and no sentence list, so the text is decoded again from {@code source.path} (checked against
 * {@code source.sha256}) and sentences are split again (a figure's {@code sentence} index is re-derived from
 * them). Articles whose source is gone or changed are skipped with a note on stderr.
 */
final class ContractReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(A-Z0-9])|\\n\\s*\\n");

    private ContractReader() {
    }

    /** The articles of a JSONL file whose source paths are relative to {@code root}. */
    static List<Article> read(Path jsonl, Path root) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = JSON.readTree(line);
            try {
                articles.add(article(a, root));
            } catch (IOException | UnreadableArticleException | IllegalArgumentException e) {
                System.err.println("bench: skipping " + a.path("id").asText() + ": " + e.getMessage());
            }
        }
        return articles;
    }

    private static Article article(JsonNode a, Path root) throws IOException, UnreadableArticleException {
        JsonNode src = a.get("source");
        Path file = root.resolve(src.get("path").asText());
        byte[] bytes = Files.readAllBytes(file);
        DecodedArticle decoded = ArticleReader.decode(a.get("id").asText(), src.get("path").asText(), bytes,
                ArticleReader.isHtml(file.getFileName().toString()));
        if (!decoded.sha256().equals(src.get("sha256").asText())) {
            throw new IllegalArgumentException(file + " changed since it was extracted");
        }
        String text = decoded.text();
        List<Span> sentences = sentences(text);
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : a.get("figures")) {
            Span span = span(f, text);
            figures.add(new Figure(f.get("id").asText(), FigureKind.valueOf(f.get("kind").asText()), span,
                    f.get("value").isNull() ? null : f.get("value").decimalValue(), str(f, "unit"),
                    str(f, "qualifier"),
                    f.hasNonNull("range") ? new Range(f.get("range").get("from").decimalValue(),
                            f.get("range").get("to").decimalValue()) : null,
                    optSpan(f.get("counted"), text),
                    f.hasNonNull("predicate") ? new Predicate(span(f.get("predicate"), text),
                            f.get("predicate").get("lemma").asText()) : null,
                    f.hasNonNull("period") ? new Period(span(f.get("period"), text), str(f.get("period"), "from"),
                            str(f.get("period"), "to")) : null,
                    optSpan(f.get("place"), text), str(f, "agency"),
                    f.hasNonNull("change") ? new Change(str(f.get("change"), "direction"),
                            str(f.get("change"), "basis")) : null,
                    str(f, "of"), str(f, "partOf"), f.path("approximate").asBoolean(false),
                    sentenceOf(sentences, span)));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : a.get("entities")) {
            entities.add(new Entity(e.get("id").asText(), EntityType.valueOf(e.get("type").asText()),
                    e.hasNonNull("subtype") ? EntitySubtype.valueOf(e.get("subtype").asText()) : null, span(e, text),
                    e.get("canonical").asText(), str(e, "parent"), str(e, "within"), str(e, "title"), str(e, "role"),
                    str(e, "agency"), str(e, "value")));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : a.get("warnings")) {
            warnings.add(new Warning(w.get("code").asText(), span(w, text), w.get("message").asText()));
        }
        JsonNode d = a.get("dateline");
        Dateline dateline = d == null || d.isNull() ? null
                : new Dateline(span(d, text), str(d, "place"), str(d, "date"));
        Source source = new Source(src.get("path").asText(), src.get("sha256").asText(), text.length(),
                src.get("encoding").asText());
        return new Article(a.get("id").asText(), source, str(a, "language"), text, sentences, dateline,
                str(a, "byline"), figures, entities, warnings);
    }

    /** Sentences split at a terminal mark followed by a capital, a digit or a quote, and at blank lines. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text, start, m.start());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(Span.of(text, start, end));
        }
    }

    /** The sentence holding the span, or one past the last (no sentence) when the span crosses a boundary. */
    private static int sentenceOf(List<Span> sentences, Span span) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(span)) {
                return i;
            }
        }
        return sentences.size();
    }

    private static Span span(JsonNode n, String text) {
        return Span.of(text, n.get("start").asInt(), n.get("end").asInt());
    }

    private static Span optSpan(JsonNode n, String text) {
        return n == null || n.isNull() ? null : span(n, text);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
