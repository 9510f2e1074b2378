package io.newsfacts.cli;

import io.newsfacts.extractor.Extractor;
import io.newsfacts.indexer.FactIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code index}: extracts articles and puts them into the index, replacing earlier versions by id. */
@Command(name = "index",
        description = {"Extracts figures and entities from articles and stores them in the index. An article"
                + " indexed again replaces its earlier version (by id). Errors and a summary go to standard error."})
final class IndexCommand implements Callable<Integer> {
    /** Commit this often, so a long batch that is stopped keeps most of its work. */
    static final int COMMIT_EVERY = 500;

    @ParentCommand
    Newsfacts root;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions articles;

    @Mixin
    IndexLocation index;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        articles.validate();
        List<Input> inputs = Inputs.expand(articles.paths);
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary summary;
        try (FactIndex facts = FactIndex.open(index.config())) {
            Extractor extractor = root.loader().load(articles.extractorConfig());
            int[] uncommitted = {0};
            summary = new ExtractionBatch(extractor, articles.threads, root.stdin(), err).run(inputs, a -> {
                facts.put(a);
                if (++uncommitted[0] >= COMMIT_EVERY) {
                    facts.commit();
                    uncommitted[0] = 0;
                }
            }, start);
            facts.commit();
            err.printf("newsfacts: index %s now holds %d articles, %d figures, %d entities%n", index.directory,
                    facts.articleCount(), facts.figureCount(), facts.entityCount());
        }
        err.println(summary.line());
        return summary.failures() > 0 ? Newsfacts.FAILED : Newsfacts.OK;
    }
}
