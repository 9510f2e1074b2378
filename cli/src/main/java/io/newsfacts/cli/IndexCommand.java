package io.newsfacts.cli;

import io.newsfacts.extractor.Extractor;
import io.newsfacts.extractor.input.DecodedArticle;
import io.newsfacts.indexer.FactIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code index}: extracts articles and puts them into the index, replacing earlier versions by id. */
@Command(name = "index",
        description = {"Extracts figures and entities from articles and stores them in the index. An article"
                + " indexed again replaces its earlier version (by id); one whose content is unchanged since it was"
                + " indexed is skipped, so an interrupted run resumes where it stopped. Errors and a summary go to"
                + " standard error."})
final class IndexCommand implements Callable<Integer> {
    /** Commit this often, so a long batch that is stopped keeps most of its work (a rerun skips what it kept). */
    static final int COMMIT_EVERY = 500;
    /** And at least this often, however slow the articles. */
    static final long COMMIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    @ParentCommand
    Newsfacts root;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions articles;

    @Mixin
    IndexLocation index;

    @Mixin
    RebuildOption rebuild;

    @Option(names = "--force",
            description = "Extract and store every article, also those whose content is unchanged since they were"
                    + " indexed (after an upgrade of newsfacts, or with another --date).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        articles.validate();
        List<Input> inputs = Inputs.expand(articles.paths);
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary summary;
        try (FactIndex facts = FactIndex.open(rebuild.config(index))) {
            Extractor extractor = root.loader().load(articles.extractorConfig());
            int[] uncommitted = {0};
            long[] lastCommit = {System.nanoTime()};
            ExtractionBatch batch = new ExtractionBatch(extractor, articles.batchSettings(root.stderrTerminal()),
                    root.stdin(), err, extractor.profile()::tokens, force ? null : a -> isIndexed(facts, a));
            summary = batch.run(inputs, a -> {
                facts.put(a);
                if (++uncommitted[0] >= COMMIT_EVERY || System.nanoTime() - lastCommit[0] >= COMMIT_NANOS) {
                    facts.commit();
                    uncommitted[0] = 0;
                    lastCommit[0] = System.nanoTime();
                }
            }, start);
            facts.commit();
            err.printf("newsfacts: index %s now holds %d articles, %d figures, %d entities%n", index.directory,
                    facts.articleCount(), facts.figureCount(), facts.entityCount());
        }
        err.println(summary.report());
        err.println(summary.line());
        return summary.failures() > 0 ? Newsfacts.FAILED : Newsfacts.OK;
    }

    /** Whether the index holds {@code a} (by id) with the same content: the SHA-256 of the bytes it was read from. */
    private static boolean isIndexed(FactIndex facts, DecodedArticle a) throws IOException {
        return facts.articleSha256(a.id()).filter(a.sha256()::equals).isPresent();
    }
}
