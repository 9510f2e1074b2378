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
    private final StageProfile profile = new StageProfile();

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

    /** Time spent per stage by this extractor so far. */
    public StageProfile profile() {
        return profile;
    }

    /** Extracts one article. */
    @Override
    public Article extract(DecodedArticle in) {
        String text = in.text();
        long t0 = System.nanoTime();
        String lang = language.detect(text);
        long t1 = System.nanoTime();
        Parse parse = nlp.parse(text);
        long t2 = System.nanoTime();
        DatelineStage.Result dateline = DatelineStage.find(text);
        ArticleDate date = ArticleDate.resolve(config.articleDate(), in.date(), dateline.month(), dateline.day(),
                text);
        long t3 = System.nanoTime();
        List<Entity> ents = entities.find(parse, dateline, date);
        long t4 = System.nanoTime();
        FigureStage.Result figs = figures.find(parse, ents, date,
                dateline.dateline() == null ? null : dateline.dateline().span());
        long t5 = System.nanoTime();
        List<Span> sentences = new ArrayList<>();
        int tokens = 0;
        for (Sentence s : parse.sentences()) {
            sentences.add(Span.of(text, s.start(), s.end()));
            tokens += s.size();
        }
        Source source = new Source(in.path(), in.sha256(), text.length(), in.encoding());
        Article article = new Article(in.id(), source, lang, text, sentences, dateline.dateline(),
                dateline.byline() == null ? null : dateline.byline().text(), figs.figures(), ents, figs.warnings());
        long t6 = System.nanoTime();
        profile.add(StageProfile.Stage.LANGUAGE, t1 - t0);
        profile.add(StageProfile.Stage.CORENLP, t2 - t1);
        profile.add(StageProfile.Stage.DATELINE, t3 - t2);
        profile.add(StageProfile.Stage.ENTITIES, t4 - t3);
        profile.add(StageProfile.Stage.FIGURES, t5 - t4);
        profile.add(StageProfile.Stage.ASSEMBLE, t6 - t5);
        profile.article(tokens);
        return article;
    }
}
