package io.newsfacts.extractor.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The checked-in scorer fixtures (src/test/resources/io/newsfacts/extractor/eval, see its README.md). */
final class Fixtures {
    private Fixtures() {
    }

    /** A file or folder of the fixtures. */
    static Path path(String rel) {
        URL url = Fixtures.class.getResource(rel);
        if (url == null) throw new IllegalStateException("missing test resource " + rel);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path gold() {
        return path("gold");
    }
}
