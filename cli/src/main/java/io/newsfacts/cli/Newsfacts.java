package io.newsfacts.cli;

import io.newsfacts.extractor.Extractor;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code newsfacts} command: parses the arguments, runs one verb, returns its exit code. */
@Command(name = "newsfacts", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns folders of news articles and press releases into structured, searchable facts.",
        subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, ShowCommand.class,
            StatsCommand.class, EvalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:An input failed (unreadable or empty article, no index, unknown id) or an I/O error; the rest of"
                    + " the batch was still processed.",
            "2:Usage error: unknown option, missing or invalid argument, malformed query."})
public final class Newsfacts implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final ExtractorLoader loader;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    Newsfacts(ExtractorLoader loader, InputStream stdin) {
        this.loader = loader;
        this.stdin = stdin;
    }

    /** Runs the command with standard input and a fresh model load; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Extractor::load, System.in, out, err, args);
    }

    /** Runs the command; {@code loader} lets a caller share loaded models across runs. Returns the exit code. */
    public static int run(ExtractorLoader loader, InputStream stdin, PrintWriter out, PrintWriter err,
            String... args) {
        CommandLine cl = new CommandLine(new Newsfacts(loader, stdin));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Newsfacts::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // The one broad catch: whatever escaped a command becomes one line and exit 1, not a stack trace.
            commandLine.getErr().println("newsfacts: " + describe(ex));
            return FAILED;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static void main(String[] args) {
        // FileDescriptor.out rather than System.out: a PrintStream hides a closed pipe, which extract must see.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: extract, index, search, show or stats");
    }

    ExtractorLoader loader() {
        return loader;
    }

    InputStream stdin() {
        return stdin;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        err.println("newsfacts: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String describe(Exception ex) {
        if (ex instanceof FileSystemException fse) {
            String reason = Inputs.reason(fse);
            return fse.getFile() == null ? reason : fse.getFile() + ": " + reason;
        }
        if (ex instanceof IOException && ex.getMessage() != null) {
            return ex.getMessage();
        }
        return ex.toString();
    }
}
