package io.newsfacts.cli;

import io.newsfacts.extractor.ArticleExtractor;
import io.newsfacts.extractor.Extractor;
import io.newsfacts.extractor.nlp.CoreNlpDefaultPipeline;
import io.newsfacts.extractor.json.ContractJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code extract}: articles in, one JSON line per article out (the newsfacts/1 contract), in input order. */
@Command(name = "extract",
        description = {"Extracts figures and entities from articles and writes JSON Lines: one line per readable"
                + " article, in input order. Errors and a summary go to standard error."})
final class ExtractCommand implements Callable<Integer> {
    /** Standard output went away (a closed pipe, as with head): stop quietly. */
    private static final class OutputClosed extends IOException {
        OutputClosed() {
            super("standard output closed");
        }
    }

    @ParentCommand
    Newsfacts root;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON Lines to FILE instead of standard output.")
    Path output;

    /** Which extractor runs: ours, or CoreNLP's default English pipeline for side-by-side benchmarks. */
    enum Pipeline { newsfacts, corenlp_default }

    @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = "newsfacts",
            description = "newsfacts (default), or corenlp_default: CoreNLP's default English pipeline"
                    + " (tokenize,ssplit,pos,lemma,ner) mapped to the same JSON, for benchmarks.")
    Pipeline pipeline;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        articles.validate();
        List<Input> inputs = Inputs.expand(articles.paths);
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            try (BufferedWriter file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                return finish(err, batch(err).run(inputs, a -> {
                    file.write(ContractJson.toJsonLine(a));
                    file.write('\n');
                }, start));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            return finish(err, batch(err).run(inputs, a -> {
                out.print(ContractJson.toJsonLine(a));
                out.print('\n'); // JSON Lines: \n on every platform
                if (out.checkError()) { // flushes too, so each line is out as soon as it is ready
                    throw new OutputClosed();
                }
            }, start));
        } catch (OutputClosed e) {
            return Newsfacts.FAILED;
        }
    }

    @Option(names = "--profile",
            description = "At the end, print on standard error the time spent in each extraction stage.")
    boolean profile;

    private Extractor loaded;

    private ExtractionBatch batch(PrintWriter err) {
        ArticleExtractor extractor;
        LongSupplier tokens = null;
        if (pipeline == Pipeline.corenlp_default) {
            extractor = CoreNlpDefaultPipeline.load();
        } else {
            loaded = root.loader().load(articles.extractorConfig());
            extractor = loaded;
            tokens = loaded.profile()::tokens;
        }
        // no progress line between JSON lines on one terminal
        boolean progress = root.stderrTerminal() && (output != null || !Newsfacts.stdoutIsTerminal());
        return new ExtractionBatch(extractor, articles.batchSettings(progress), root.stdin(), err, tokens, null);
    }

    private int finish(PrintWriter err, BatchSummary summary) {
        if (profile && loaded != null) err.print(loaded.profile().report());
        err.println(summary.report());
        err.println(summary.line());
        return summary.failures() > 0 ? Newsfacts.FAILED : Newsfacts.OK;
    }
}
