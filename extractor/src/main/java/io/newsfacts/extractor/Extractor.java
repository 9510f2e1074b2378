package io.newsfacts.extractor;

import io.newsfacts.extractor.entities.DatelineStage;
import io.newsfacts.extractor.entities.EntityStage;
import io.newsfacts.extractor.entities.Gazetteer;
import io.newsfacts.extractor.figures.FigureStage;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.model.Warning;
import io.newsfacts.extractor.nlp.CoreNlpModel;
import io.newsfacts.extractor.nlp.LanguageModel;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.nlp.Sentence;
import io.newsfacts.extractor.nlp.Token;
import io.newsfacts.extractor.time.ArticleDate;
import io.newsfacts.extractor.time.TimeExpression;
import io.newsfacts.extractor.time.TimeExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

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

    /**
     * Loads CoreNLP's models and the place gazetteer (seconds; OpenNLP's language detector loads only when an
     * article is not plainly English). The loads are independent and each mostly single-threaded: the POS tagger
     * and the gazetteer load on a second thread while the NER classifier loads on this one.
     */
    public static Extractor load(ExtractorConfig config) {
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsfacts-load");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Gazetteer> gazetteer = loader.submit(Gazetteer::load);
            CoreNlpModel nlp = CoreNlpModel.load(loader);
            return new Extractor(config, nlp, LanguageModel.lazy(), join(gazetteer));
        } finally {
            loader.shutdownNow();
        }
    }

    private static <T> T join(Future<T> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while loading the models");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Time spent per stage by this extractor so far. */
    public StageProfile profile() {
        return profile;
    }

    /**
     * Extracts one article. An article surely not in English keeps its language and gets a {@code NOT_ENGLISH}
     * warning instead of figures and entities.
     */
    @Override
    public Article extract(DecodedArticle in) {
        return extract(in, () -> false);
    }

    /**
     * {@inheritDoc} Checked between stages and between the pieces of a long text (see {@link TextPieces}), so the
     * time to give up is bounded by one piece or one stage; a thread interrupt that reaches us counts too.
     */
    @Override
    public Article extract(DecodedArticle in, BooleanSupplier cancelled) {
        try {
            return run(in, cancelled);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!cancelled.getAsBoolean()) throw e;
            // CoreNLP, interrupted, may throw its own exception instead: cancelled all the same
            CancellationException c = new CancellationException("extraction cancelled");
            c.initCause(e);
            throw c;
        }
    }

    private Article run(DecodedArticle in, BooleanSupplier cancelled) {
        String text = in.text();
        long t0 = System.nanoTime();
        LanguageModel.Guess guess = language.guess(text);
        String lang = guess.language();
        String notEnglish = NotEnglish.reason(text, guess);
        long t1 = System.nanoTime();
        if (notEnglish != null) {
            profile.add(StageProfile.Stage.LANGUAGE, t1 - t0);
            profile.article(0);
            return new Article(in.id(), source(in), lang, text, List.of(), null, null, List.of(), List.of(),
                    List.of(Warning.ofArticle(Warning.NOT_ENGLISH, notEnglish)));
        }
        Parse parse = parse(text, cancelled);
        long t2 = System.nanoTime();
        DatelineStage.Result dateline = DatelineStage.find(text);
        ArticleDate date = ArticleDate.resolve(config.articleDate(), in.date(), dateline.month(), dateline.day(),
                text);
        long t3 = System.nanoTime();
        checkCancelled(cancelled);
        // each sentence's time expressions: DATE entities and figure periods both read them
        List<List<TimeExpression>> times = new ArrayList<>();
        for (Sentence s : parse.sentences()) times.add(TimeExpressions.find(text, s.start(), s.end(), date));
        List<Entity> ents = entities.find(parse, dateline, times);
        long t4 = System.nanoTime();
        checkCancelled(cancelled);
        FigureStage.Result figs = figures.find(parse, ents, times,
                dateline.dateline() == null ? null : dateline.dateline().span());
        // a DATE over a count ("an increase of 2019 new confirmed cases") was no date
        List<Figure> counts = figs.figures().stream().filter(f -> f.kind() == FigureKind.COUNT).toList();
        if (!counts.isEmpty()) {
            ents = ents.stream().filter(e -> e.type() != EntityType.DATE || counts.stream().noneMatch(
                    f -> f.span().start() < e.end() && e.start() < f.span().end())).toList();
        }
        long t5 = System.nanoTime();
        checkCancelled(cancelled);
        List<Span> sentences = new ArrayList<>();
        int tokens = 0;
        for (Sentence s : parse.sentences()) {
            sentences.add(Span.of(text, s.start(), s.end()));
            tokens += s.size();
        }
        Article article = new Article(in.id(), source(in), lang, text, sentences, dateline.dateline(),
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

    private static Source source(DecodedArticle in) {
        return new Source(in.path(), in.sha256(), in.text().length(), in.encoding());
    }

    /** CoreNLP's analysis of {@code text}, piece by piece when it is long (see {@link TextPieces}). */
    private Parse parse(String text, BooleanSupplier cancelled) {
        int[] cuts = TextPieces.cuts(text);
        if (cuts.length == 2) {
            return nlp.parse(text);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.length; k++) {
            checkCancelled(cancelled);
            int from = cuts[k];
            for (Sentence s : nlp.parse(text.substring(from, cuts[k + 1])).sentences()) {
                List<Token> tokens = new ArrayList<>(s.size());
                for (Token t : s.tokens()) {
                    tokens.add(new Token(t.index(), t.word(), t.start() + from, t.end() + from, t.pos(), t.lemma(),
                            t.ner()));
                }
                sentences.add(new Sentence(sentences.size(), s.start() + from, s.end() + from, tokens));
            }
        }
        return new Parse(text, sentences);
    }

    /** Ends the extraction when the caller gave up on it (it took too long). */
    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction cancelled");
        }
    }
}
