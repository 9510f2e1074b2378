package io.newsfacts.cli;

import io.newsfacts.extractor.ExtractorConfig;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Mixin of the commands that read articles (extract, index): the inputs, their date, the worker count. */
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
