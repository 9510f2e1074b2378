package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds and loads gold files ({@code *.gold.json}, recursively under folders, in score.py's walking order) and
 * checks every gold span against its article text.
 */
public final class GoldFiles {
    private static final String SUFFIX = ".gold.json";

    private GoldFiles() {
    }

    /** Loads the gold files found under the given folders or files; ids must be unique. */
    public static List<GoldDocument> load(List<Path> paths) throws ScoreInputException {
        List<GoldDocument> docs = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path p : find(paths)) {
            GoldDocument d = loadOne(p);
            Path before = ids.putIfAbsent(d.id(), p);
            if (before != null) {
                throw new ScoreInputException("duplicate gold id " + PyText.repr(d.id()) + ": " + before + " and " + p);
            }
            docs.add(d);
        }
        return docs;
    }

    /** The gold files: a folder's files (sorted) before its subfolders' (sorted), each real file once. */
    static List<Path> find(List<Path> paths) throws ScoreInputException {
        List<Path> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, found);
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                throw new ScoreInputException("gold path not found: " + p);
            }
        }
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path f : found) {
            if (seen.add(realPath(f))) out.add(f);
        }
        if (out.isEmpty()) {
            throw new ScoreInputException("no *.gold.json files found under: "
                    + String.join(" ", paths.stream().map(Path::toString).toList()));
        }
        return out;
    }

    private static void walk(Path dir, List<Path> found) throws ScoreInputException {
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (Files.isDirectory(e)) {
                    // like os.walk: a symlink to a folder is not walked into
                    if (!Files.isSymbolicLink(e)) dirs.add(name);
                } else if (name.endsWith(SUFFIX)) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            return; // os.walk skips folders it cannot list
        }
        files.sort(null);
        dirs.sort(null);
        for (String f : files) found.add(dir.resolve(f));
        for (String d : dirs) walk(dir.resolve(d), found);
    }

    private static Path realPath(Path f) {
        try {
            return f.toRealPath();
        } catch (IOException e) {
            return f.toAbsolutePath().normalize();
        }
    }

    /** Loads one gold file and its article, checking every span (from after a byte-order mark if need be). */
    static GoldDocument loadOne(Path path) throws ScoreInputException {
        JsonNode parsed = ScoreJson.parse(read(path, "file"), path.toString());
        if (!(parsed instanceof ObjectNode data)) {
            throw new ScoreInputException(path + ": a gold file must hold a JSON object");
        }
        String rel = JsonValues.string(data, "file");
        if (rel == null || rel.isEmpty()) throw new ScoreInputException(path + ": gold has no 'file'");
        Path filePath = path.toAbsolutePath().normalize().getParent().resolve(rel).normalize();
        byte[] raw = read(filePath, "article");
        String encoding = JsonValues.string(data, "encoding");
        String s = decode(raw, encoding == null || encoding.isEmpty() ? "utf-8" : encoding, filePath);
        List<String> notes = new ArrayList<>();
        String sha = JsonValues.string(data, "sha256");
        if (sha != null && !sha.toLowerCase(Locale.ROOT).equals(sha256(raw))) {
            notes.add(path + ": sha256 of " + rel + " differs from the gold's (spans verified anyway)");
        }
        List<String> errs = GoldCheck.errors(data, new ArticleText(s));
        if (!errs.isEmpty() && s.startsWith("\ufeff") && GoldCheck.errors(data, new ArticleText(s.substring(1))).isEmpty()) {
            s = s.substring(1);
            errs = List.of();
            notes.add(path + ": offsets count from after the byte-order mark of " + rel);
        }
        if (!errs.isEmpty()) {
            String more = errs.size() > 25 ? "\n  ... and " + (errs.size() - 25) + " more" : "";
            throw new ScoreInputException(path + ": gold does not match its text " + filePath + ":\n  "
                    + String.join("\n  ", errs.subList(0, Math.min(25, errs.size()))) + more);
        }
        JsonNode gid = JsonValues.get(data, "id");
        if (gid != null && !gid.isTextual()) throw new ScoreInputException(path + ": 'id' must be a string");
        String id = gid == null ? stem(rel) : gid.textValue();
        GoldDocument doc = new GoldDocument(path, id, rel, filePath, s, data, List.of());
        notes.addAll(figureNotes(doc));
        return new GoldDocument(path, id, rel, filePath, s, data, notes);
    }

    private static List<String> figureNotes(GoldDocument doc) {
        List<String> notes = new ArrayList<>();
        Set<Long> starts = new HashSet<>();
        for (JsonNode g : doc.figures()) starts.add(JsonValues.asLong(g.get("start")));
        for (JsonNode g : doc.figures()) {
            String what = doc.path() + ": figure " + PyText.repr(g.get("text").textValue());
            if (Vocabulary.normKind(JsonValues.get(g, "kind")).equals(Vocabulary.OTHER)) {
                notes.add(what + " has an unknown kind " + JsonValues.repr(JsonValues.get(g, "kind")));
            }
            for (String k : new String[] {"of", "partOf", "part_of"}) {
                JsonNode v = JsonValues.get(g, k);
                if (v != null && !starts.contains(JsonValues.asLong(v))) {
                    notes.add(what + ": " + k + "=" + JsonValues.intText(v) + " is not the start of a gold figure");
                }
            }
            long s = JsonValues.asLong(g.get("start"));
            long e = JsonValues.asLong(g.get("end"));
            if (doc.notFigures().stream().anyMatch(b -> b.overlaps(s, e))) {
                notes.add(what + " overlaps a not_figures span");
            }
        }
        return notes;
    }

    /** {@code _stem}: the base name without its extension. */
    static String stem(String path) {
        String p = path.replace('\\', '/');
        return PyText.withoutExtension(p.substring(p.lastIndexOf('/') + 1));
    }

    static byte[] read(Path path, String what) throws ScoreInputException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ScoreInputException("cannot read " + what + " " + path + ": " + reason);
        }
    }

    /** Decodes strictly, with Python's codec names for the common encodings ("utf-8-sig" drops a BOM). */
    static String decode(byte[] raw, String encoding, Path path) throws ScoreInputException {
        String name = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        boolean sig = name.equals("utf-8-sig") || name.equals("utf8-sig");
        Charset cs;
        try {
            cs = sig ? StandardCharsets.UTF_8
                    : name.equals("latin-1") || name.equals("latin1") ? StandardCharsets.ISO_8859_1
                    : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ScoreInputException("cannot decode article " + path + " as " + encoding + ": unknown encoding");
        }
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            return sig && s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ScoreInputException("cannot decode article " + path + " as " + encoding + ": " + e);
        }
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
