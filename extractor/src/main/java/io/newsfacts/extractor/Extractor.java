package io.newsfacts.extractor;

import io.newsfacts.extractor.entities.DatelineStage;
import io.newsfacts.extractor.entities.EntityStage;
import io.newsfacts.extractor.entities.Gazetteer;
import io.newsfacts.extractor.figures.FigureStage;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.nlp.CoreNlpModel;
import io.newsfacts.extractor.nlp.LanguageModel;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.time.ArticleDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts figures and entities from article text. Load once with {@link #load}; {@link #extract} is thread-safe
 * and deterministic, so one instance serves every worker thread.
 */
public final class Extractor implements ArticleExtractor {
    private final ExtractorConfig config;
    private final CoreNlpModel nlp;
    private final LanguageModel language;
    private final EntityStage entities;
    private final FigureStage figures;

    public Extractor(ExtractorConfig config, CoreNlpModel nlp, LanguageModel language, Gazetteer gazetteer) {
        this.config = Objects.requireNonNull(config, "config");
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.language = Objects.requireNonNull(language, "language");
        this.entities = new EntityStage(gazetteer);
        this.figures = new FigureStage();
    }

    /** Loads CoreNLP's models, OpenNLP's language detector and the place gazetteer (a few seconds). */
    public static Extractor load(ExtractorConfig config) {
        return new Extractor(config, CoreNlpModel.load(), LanguageModel.load(), Gazetteer.load());
    }

    /** Extracts one article. */
    @Override
    public Article extract(DecodedArticle in) {
        String text = in.text();
        Parse parse = nlp.parse(text);
        DatelineStage.Result dateline = DatelineStage.find(text);
        ArticleDate date = ArticleDate.resolve(config.articleDate(), in.date(), dateline.month(), dateline.day(),
                text);
        List<Entity> ents = entities.find(parse, dateline, date);
        FigureStage.Result figs = figures.find(parse, ents, date);
        List<Span> sentences = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            sentences.add(Span.of(text, s.start(), s.end()));
        }
        Source source = new Source(in.path(), in.sha256(), text.length(), in.encoding());
        return new Article(in.id(), source, language.detect(text), text, sentences, dateline.dateline(),
                dateline.byline() == null ? null : dateline.byline().text(), figs.figures(), ents, figs.warnings());
    }
}
