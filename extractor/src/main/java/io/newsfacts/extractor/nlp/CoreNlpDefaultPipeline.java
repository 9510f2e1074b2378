package io.newsfacts.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's default English pipeline ({@code tokenize,ssplit,pos,lemma,ner}, default properties) writing the
 * output contract, for side-by-side benchmarks only: PERSON → PERSON, ORGANIZATION → ORGANIZATION,
 * LOCATION/CITY/STATE_OR_PROVINCE/COUNTRY → PLACE; NUMBER/MONEY/PERCENT/DURATION mentions → figures with
 * CoreNLP's normalised value. No relations: CoreNLP has none for figures.
 */
public final class CoreNlpDefaultPipeline implements ArticleExtractor {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?");
    private final StanfordCoreNLP pipeline;

    private CoreNlpDefaultPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static CoreNlpDefaultPipeline load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return new CoreNlpDefaultPipeline(new StanfordCoreNLP(p));
    }

    @Override
    public Article extract(DecodedArticle in) {
        String text = in.text();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Found<EntityType>> entities = new ArrayList<>();
        List<Found<FigureKind>> figures = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!toks.isEmpty()) {
                sentences.add(Span.of(text, toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition()));
            }
        }
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                int start = toks.get(0).beginPosition();
                int end = toks.get(toks.size() - 1).endPosition();
                Span span = Span.of(text, start, end);
                EntityType type = switch (tag) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANIZATION;
                    case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> EntityType.PLACE;
                    default -> null;
                };
                if (type != null) {
                    entities.add(new Found<>(type, span, null, 0));
                    continue;
                }
                FigureKind kind = switch (tag) {
                    case "NUMBER" -> FigureKind.COUNT;
                    case "MONEY" -> FigureKind.MONEY;
                    case "PERCENT" -> FigureKind.PERCENT;
                    case "DURATION" -> FigureKind.DURATION;
                    default -> null;
                };
                String norm = toks.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                BigDecimal value = null;
                if (norm != null) {
                    Matcher x = NUMBER.matcher(norm);
                    if (x.find()) value = new BigDecimal(x.group());
                }
                if (kind != null && value != null) {
                    int sentence = 0;
                    for (int i = 0; i < sentences.size(); i++) {
                        if (sentences.get(i).start() <= start) sentence = i;
                    }
                    figures.add(new Found<>(kind, span, value, sentence));
                }
            }
        }
        // numbered once, in text order
        entities.sort((a, b) -> a.span().compareTo(b.span()));
        figures.sort((a, b) -> a.span().compareTo(b.span()));
        List<Entity> e2 = new ArrayList<>();
        for (Found<EntityType> e : entities) {
            e2.add(new Entity("e" + (e2.size() + 1), e.what(), null, e.span(), e.span().text(), null, null, null,
                    null, null, null));
        }
        List<Figure> f2 = new ArrayList<>();
        for (Found<FigureKind> f : figures) {
            f2.add(new Figure("f" + (f2.size() + 1), f.what(), f.span(), f.value(), null, null, null, null, null,
                    null, null, null, null, null, null, false, f.sentence()));
        }
        return new Article(in.id(), new Source(in.path(), in.sha256(), text.length(), in.encoding()), "en", text,
                sentences, null, null, f2, e2, List.of());
    }

    /** A mention CoreNLP found, before it is numbered. */
    private record Found<T>(T what, Span span, BigDecimal value, int sentence) {
    }
}
