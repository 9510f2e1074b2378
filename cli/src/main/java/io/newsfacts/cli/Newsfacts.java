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
            "1:An input failed (unreadable, empty, binary or too large article, timed out, no index, unknown id)"
                    + " or an I/O error; the rest of the batch was still processed (unless --fail-fast).",
            "2:Usage error: unknown option, missing or invalid argument, malformed query."})
public final class Newsfacts implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final ExtractorLoader loader;
    private final InputStream stdin;
    private final boolean stderrTerminal;

    @Spec
    CommandSpec spec;

    Newsfacts(ExtractorLoader loader, InputStream stdin, boolean stderrTerminal) {
        this.loader = loader;
        this.stdin = stdin;
        this.stderrTerminal = stderrTerminal;
    }

    /** Runs the command with standard input and a fresh model load; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Extractor::load, System.in, out, err, args);
    }

    /** Runs the command; {@code loader} lets a caller share loaded models across runs. Returns the exit code. */
    public static int run(ExtractorLoader loader, InputStream stdin, PrintWriter out, PrintWriter err,
            String... args) {
        return run(loader, stdin, false, out, err, args);
    }

    /** Runs the command; {@code stderrTerminal}: {@code err} is a terminal, so a progress line may be drawn. */
    static int run(ExtractorLoader loader, InputStream stdin, boolean stderrTerminal, PrintWriter out,
            PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Newsfacts(loader, stdin, stderrTerminal));
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
        System.exit(run(Extractor::load, System.in, stderrIsTerminal(), out, err, args));
    }

    /**
     * Whether standard error is a terminal. Java cannot ask; the launcher can ({@code test -t 2}) and says so in
     * the property {@code newsfacts.stderr.terminal}. Without it, a console (stdin and stdout terminals) stands in.
     */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty("newsfacts.stderr.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Whether standard output is a terminal: {@code newsfacts.stdout.terminal} from the launcher, or a console. */
    static boolean stdoutIsTerminal() {
        String told = System.getProperty("newsfacts.stdout.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
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

    boolean stderrTerminal() {
        return stderrTerminal;
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
