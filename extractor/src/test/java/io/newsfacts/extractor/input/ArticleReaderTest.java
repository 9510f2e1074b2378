package io.newsfacts.extractor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to article text: encodings, byte-order marks, HTML, and input that is not an article. */
class ArticleReaderTest {
    @Test
    void utf8WithoutBom() throws Exception {
        DecodedArticle a = ArticleReader.decode("a", "a.txt", "Café 5%".getBytes(StandardCharsets.UTF_8), false);
        assertEquals("Café 5%", a.text());
        assertEquals("UTF-8", a.encoding());
    }

    @Test
    void utf8BomIsNotPartOfTheText() throws Exception {
        byte[] body = "Police".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedArticle a = ArticleReader.decode("a", "a.txt", bytes, false);
        assertEquals("Police", a.text());
        assertEquals("UTF-8", a.encoding());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] bytes = "caf\u00e9 \u00a3100".getBytes(StandardCharsets.ISO_8859_1);
        DecodedArticle a = ArticleReader.decode("a", "a.txt", bytes, false);
        assertEquals("windows-1252", a.encoding());
        assertEquals("café £100", a.text());
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] body = "Beijing".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedArticle a = ArticleReader.decode("a", "a.txt", bytes, false);
        assertEquals("Beijing", a.text());
        assertEquals("UTF-16LE", a.encoding());
    }

    @Test
    void htmlGivesTheArticleNotMenusOrScripts() throws Exception {
        String html = "<html><head><title>T</title><meta name=\"date\" content=\"2020-10-26\">"
                + "<script>var x = 12345;</script></head><body><nav><a>Home</a><a>Sports 24/7</a></nav>"
                + "<article><h1>Fraud cases fall</h1><p>Police arrested 373,000 suspects.</p>"
                + "<p>Seizures rose 41.1%.</p></article><footer>Copyright 2020</footer></body></html>";
        DecodedArticle a = ArticleReader.decode("a", "a.html", html.getBytes(StandardCharsets.UTF_8), true);
        assertTrue(a.text().contains("Police arrested 373,000 suspects."), a.text());
        assertTrue(a.text().contains("Seizures rose 41.1%."));
        assertTrue(a.text().startsWith("Fraud cases fall"));
        assertFalse(a.text().contains("12345"));
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("Copyright"));
        assertEquals("2020-10-26", a.date());
    }

    @Test
    void emptyWhitespaceAndBinaryAreRejectedWithTheFileName() {
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.decode("a", "dir/empty.txt", new byte[0], false));
        assertTrue(e.getMessage().contains("dir/empty.txt"));
        assertThrows(UnreadableArticleException.class,
                () -> ArticleReader.decode("a", "w.txt", " \n\t ".getBytes(StandardCharsets.UTF_8), false));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThrows(UnreadableArticleException.class, () -> ArticleReader.decode("a", "x.png", png, false));
    }

    @Test
    void idIsThePathRelativeToTheRootWithoutExtension(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("business/001.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "Sales rose 5%.");
        DecodedArticle a = ArticleReader.read(f, dir);
        assertEquals("business/001", a.id());
        assertEquals(ArticleReader.sha256("Sales rose 5%.".getBytes(StandardCharsets.UTF_8)), a.sha256());
    }
}
