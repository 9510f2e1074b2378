package io.newsfacts.cli;

import io.newsfacts.extractor.ExtractorConfig;
import io.newsfacts.extractor.input.ArticleReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Mixin of the commands that read articles (extract, index): the inputs, their date, the worker count, and the
 * limits that keep one bad article from stalling or sinking a batch.
 */
final class ArticleOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = {"Folders (walked recursively in path order: *.txt, *.text, *.html, *.htm; hidden files"
                    + " skipped), files (any extension), or - for standard input (id 'stdin').",
                "An article's id is its path relative to the folder argument, without extension."})
    List<String> paths;

    String date;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "When the articles were published, to resolve 'this year' (default: from each article).")
    void setDate(String value) {
        try {
            switch (value.length()) {
                case 4 -> YearMonth.parse(value + "-01");
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> throw new DateTimeParseException("bad length", value, 0);
            }
            new ExtractorConfig(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--date': '" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        date = value;
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads sharing one loaded model (default: available processors).")
    void setThreads(int value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--threads': " + value + " (must be at least 1)");
        }
        threads = value;
    }

    /** Megabytes, as {@code --max-article-mb} counts them. */
    private static final long MB = 1L << 20;

    long maxArticleBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-article-mb", paramLabel = "MB",
            description = "Skip, as a failure, any article file larger than this (default: 4). Bounds memory and"
                    + " time: a 4 MB article is some 800,000 tokens.")
    void setMaxArticleMb(double value) {
        if (!(value > 0) || value * MB > Long.MAX_VALUE / 2) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--max-article-mb': " + value + " (must be more than 0)");
        }
        maxArticleBytes = Math.max(1, (long) (value * MB));
    }

    Duration timeout = Duration.ofSeconds(120);

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on an article, as a failure, after this long (default: 120). The batch goes on.")
    void setTimeout(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--timeout': " + seconds + " (must be at least 1 second)");
        }
        timeout = Duration.ofSeconds(seconds);
    }

    @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit status 1).")
    boolean failFast;

    @Option(names = "--no-progress",
            description = "No progress line on standard error (there is one only when it is a terminal).")
    boolean noProgress;

    /** How the batch runs; {@code progress}: a progress line may be drawn (standard error is a terminal). */
    ExtractionBatch.Settings batchSettings(boolean progress) {
        return new ExtractionBatch.Settings(threads, maxArticleBytes, timeout, failFast, progress && !noProgress);
    }

    ExtractorConfig extractorConfig() {
        return new ExtractorConfig(date);
    }

    /** Rejects what parsing alone cannot: standard input named twice. */
    void validate() {
        if (paths.stream().filter("-"::equals).count() > 1) {
            throw new ParameterException(mixee.commandLine(), "'-' (standard input) may be given only once");
        }
    }
}
