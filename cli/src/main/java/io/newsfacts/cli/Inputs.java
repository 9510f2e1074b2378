package io.newsfacts.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns PATH arguments into the ordered list of articles to read. */
final class Inputs {
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");
    static final String SYMLINK_LOOP = "symbolic link loop (to a folder that contains it), not followed";

    private Inputs() {
    }

    /**
     * Arguments in order; a folder becomes its article files sorted by relative path, a file itself, {@code -}
     * standard input. A folder that cannot be listed becomes an {@link Input.Unreachable} at its place.
     */
    static List<Input> expand(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(new Input.Stdin());
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                out.add(new Input.Unreachable(arg, "invalid path (" + e.getReason() + ")"));
                continue;
            }
            if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                // Missing or unreadable files fail when read, with the reader's reason.
                out.add(new Input.File(p, p));
            }
        }
        return out;
    }

    /** An input with the relative path it is sorted by. */
    private record Found(String key, Input input) {
    }

    private static List<Input> walk(Path root) {
        List<Found> found = new ArrayList<>();
        walk(root, root, new HashSet<>(), found);
        found.sort(Comparator.comparing(Found::key));
        return found.stream().map(Found::input).toList();
    }

    /**
     * Depth-first; {@code ancestors} holds the real paths above {@code dir}, so a symlink back up is not followed but
     * reported (as find does): what it leads to is walked once, where it really is.
     */
    private static void walk(Path root, Path dir, Set<Path> ancestors, List<Found> found) {
        Path real;
        List<Path> entries = new ArrayList<>();
        try {
            real = dir.toRealPath();
            if (!ancestors.add(real)) {
                found.add(new Found(slashed(root.relativize(dir)), new Input.Unreachable(dir.toString(),
                        SYMLINK_LOOP)));
                return;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
        } catch (IOException e) {
            found.add(new Found(slashed(root.relativize(dir)), new Input.Unreachable(dir.toString(), reason(e))));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(root, entry, ancestors, found);
            } else if (isArticleName(name)) {
                found.add(new Found(slashed(root.relativize(entry)), new Input.File(entry, root)));
            }
        }
        ancestors.remove(real);
    }

    static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private static String slashed(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    /** A short reason for an I/O failure, without the path (the message names it once, in front). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
