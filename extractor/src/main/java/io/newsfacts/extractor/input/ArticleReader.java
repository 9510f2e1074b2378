package io.newsfacts.extractor.input;

import io.newsfacts.extractor.input.UnreadableArticleException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns files or bytes into {@link DecodedArticle}s. Stateless and thread-safe. */
public final class ArticleReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleReader() {
    }

    /** Articles larger than this are refused unless the caller sets its own limit: see {@link #read(Path, Path, long)}. */
    public static final long DEFAULT_MAX_BYTES = 4L << 20;

    /** Reads {@code file}, at most {@link #DEFAULT_MAX_BYTES}; its id is its path relative to {@code root}. */
    public static DecodedArticle read(Path file, Path root) throws IOException, UnreadableArticleException {
        return read(file, root, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads {@code file}; its id is its path relative to {@code root} without extension. A file of more than
     * {@code maxBytes} is refused before it is read, so a huge file costs no memory; so is anything but a regular
     * file (a FIFO would block the reader, a device would never end).
     */
    public static DecodedArticle read(Path file, Path root, long maxBytes) throws IOException,
            UnreadableArticleException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        String path = file.toString();
        if (!attrs.isRegularFile()) {
            throw new UnreadableArticleException(path, Problem.NOT_A_FILE,
                    attrs.isDirectory() ? "a folder" : "a device, FIFO or socket");
        }
        if (attrs.size() > maxBytes) {
            throw tooLarge(path, attrs.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readAtMost(in, path, maxBytes); // the file may have grown since its size was read
        }
        Path rel = root == null || root.equals(file) ? file.getFileName() : root.relativize(file);
        String relPath = rel.toString().replace('\\', '/');
        return decode(idOf(relPath), path, bytes, isHtml(file.getFileName().toString()));
    }

    /** All of {@code in}, or an {@link Problem#TOO_LARGE} error as soon as it is longer than {@code maxBytes}. */
    public static byte[] readAtMost(InputStream in, String path, long maxBytes) throws IOException,
            UnreadableArticleException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            throw tooLarge(path, -1, maxBytes);
        }
        return bytes;
    }

    private static UnreadableArticleException tooLarge(String path, long size, long maxBytes) {
        String limit = megabytes(maxBytes) + " MB";
        return new UnreadableArticleException(path, Problem.TOO_LARGE,
                (size < 0 ? "more than " + limit : megabytes(size) + " MB") + "; the limit is " + limit);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) (1 << 20));
    }

    /** The id of a relative path: without its extension, with forward slashes. */
    public static String idOf(String relPath) {
        String p = relPath.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        return dot > slash + 1 ? p.substring(0, dot) : p;
    }

    public static boolean isHtml(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    /** Decodes {@code bytes}; {@code html} selects jsoup's article-text extraction. */
    public static DecodedArticle decode(String id, String path, byte[] bytes, boolean html)
            throws UnreadableArticleException {
        if (bytes.length == 0) {
            throw new UnreadableArticleException(path, Problem.EMPTY, null);
        }
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                encoding = "windows-1252";
                text = new String(bytes, 3, bytes.length - 3, WINDOWS_1252);
            }
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16BE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            encoding = "UTF-16LE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
            encoding = "UTF-8";
            if (text == null) {
                encoding = "windows-1252";
                text = new String(bytes, WINDOWS_1252);
            }
        }
        if (looksBinary(text)) {
            throw new UnreadableArticleException(path, Problem.BINARY, null);
        }
        String date = null;
        if (html) {
            Document doc = Jsoup.parse(text);
            date = metaDate(doc);
            text = HtmlText.articleText(doc);
        }
        if (isBlank(text)) {
            throw new UnreadableArticleException(path, Problem.NO_TEXT,
                    html ? "HTML without article text" : "whitespace only");
        }
        return new DecodedArticle(id, path, text, sha256(bytes), encoding, date);
    }

    /** Nothing but whitespace, no-break spaces and invisible format characters (zero-width space, BOM). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** NUL or many other control characters: a binary file (PNG, zip, …) decoded as text. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    private static String metaDate(Document doc) {
        for (String sel : new String[] {
                "meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
                "meta[name=publish-date]", "meta[itemprop=datePublished]", "meta[name=DC.date.issued]"}) {
            Element e = doc.selectFirst(sel);
            if (e != null) {
                String c = e.attr("content").trim();
                if (c.matches("\\d{4}-\\d{2}-\\d{2}.*")) return c.substring(0, 10);
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return time.attr("datetime").substring(0, 10);
        }
        return null;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
