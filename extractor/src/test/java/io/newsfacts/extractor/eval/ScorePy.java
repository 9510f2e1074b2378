package io.newsfacts.extractor.eval;

import io.newsfacts.extractor.TestModels;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference scorer, when this machine has it: {@code python3} on the PATH and score.py at the system property
 * {@code newsfacts.scorepy}, else at {@code ../shared/bench/score.py} beside the project root.
 */
final class ScorePy {
    private final Path script;

    private ScorePy(Path script) {
        this.script = script;
    }

    static Optional<ScorePy> find() {
        String prop = System.getProperty("newsfacts.scorepy");
        Path script = prop != null ? Path.of(prop)
                : TestModels.corpus().toAbsolutePath().normalize().getParent().resolveSibling("shared/bench/score.py");
        if (!Files.isRegularFile(script) || !python3OnPath()) return Optional.empty();
        return Optional.of(new ScorePy(script));
    }

    private static boolean python3OnPath() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) return true;
        }
        return false;
    }

    /** Runs score.py with these arguments; its standard output. Fails unless it exits 0. */
    String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("score-py", ".out");
        Path err = Files.createTempFile("score-py", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("score.py did not finish in 120 s: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("score.py exited " + p.exitValue() + ": " + cmd + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        return "python3 " + script;
    }
}
