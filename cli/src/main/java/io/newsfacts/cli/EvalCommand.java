package io.newsfacts.cli;

import io.newsfacts.extractor.ExtractorConfig;
import io.newsfacts.extractor.eval.Assignment;
import io.newsfacts.extractor.eval.GoldDocument;
import io.newsfacts.extractor.eval.GoldFiles;
import io.newsfacts.extractor.eval.GoldScorer;
import io.newsfacts.extractor.eval.Prediction;
import io.newsfacts.extractor.eval.PythonJson;
import io.newsfacts.extractor.eval.Score;
import io.newsfacts.extractor.eval.ScoreInputException;
import io.newsfacts.extractor.eval.ScoreTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eval}: scores the extractor (or a JSON Lines file) against gold files, as ../shared/bench/score.py does. */
@Command(name = "eval",
        description = {"Scores figures and entities against gold files (*.gold.json, the format of the contract's"
                + " \"Gold files\") with the definitions of the reference scorer score.py: entity precision, recall"
                + " and F1 per type (exact span and type; lenient: overlap and type) and subtype accuracy; figure"
                + " detection per kind (overlap and kind, one-to-one); the accuracy of each attribute over matched"
                + " figures; the gold warnings found.",
            "Without --pred, extracts each gold's article (its 'file', relative to the gold file) first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Scored (whatever the scores).",
            "1:A gold or prediction file is unreadable or malformed, a gold span is not its article's text, or an"
                    + " article could not be extracted (scored as missing).",
            "2:Usage error: unknown option, missing or invalid argument."})
final class EvalCommand implements Callable<Integer> {
    /** The part of the scores to compute. */
    enum Part { figures, entities }

    @ParentCommand
    Newsfacts root;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Gold files, or folders searched recursively for *.gold.json.")
    List<Path> gold;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Score this JSON Lines file (extract's output), matched to the gold by id, else by file"
                    + " name, instead of extracting the gold's articles.")
    Path pred;

    @Option(names = "--json", description = "Print one JSON object (score.py's --json) instead of a table.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List every error, by document.")
    boolean verbose;

    @Option(names = "--only", paramLabel = "PART", description = "Score only figures or entities.")
    Part only;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads sharing one loaded model (default: available processors).")
    void setThreads(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + value + " (must be at least 1)");
        }
        threads = value;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldScorer.Only part = only == null ? null : GoldScorer.Only.valueOf(only.name().toUpperCase(Locale.ROOT));
        int failures = 0;
        Score score;
        try {
            List<GoldDocument> docs = GoldFiles.load(gold);
            if (pred != null) {
                score = GoldScorer.score(docs, Prediction.read(pred), part);
            } else {
                GoldArticles.Result r = GoldArticles.extract(docs, root.loader().load(ExtractorConfig.defaults()),
                        threads, err);
                failures = r.failures();
                err.println(String.format(Locale.ROOT,
                        "newsfacts: %d articles, %d figures, %d entities, %d failures, %.1f s",
                        r.predictions().size(), r.figures(), r.entities(), failures, (System.nanoTime() - start) / 1e9));
                score = GoldScorer.score(docs, Assignment.direct(r.predictions()), part);
            }
        } catch (ScoreInputException e) {
            err.println("newsfacts: " + e.getMessage());
            return Newsfacts.FAILED;
        }
        if (json) {
            score.toJson(false).get("notes").forEach(n -> err.println("newsfacts: note: " + n.textValue()));
            out.print(PythonJson.indented(score.toJson(verbose)) + "\n");
        } else {
            out.print(ScoreTable.render(score, verbose) + "\n");
        }
        return failures > 0 ? Newsfacts.FAILED : Newsfacts.OK;
    }
}
