package io.newsfacts.extractor.entities;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by the extractor's pom after compiling): compiles CoreNLP's KBP place list into the binary
 * {@link PlaceTable} the gazetteer loads at start. Argument: the classes folder to write
 * {@code io/newsfacts/extractor/entities/kbp-places.bin} into.
 */
public final class PlaceTableBuild {
    private PlaceTableBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PlaceTableBuild CLASSES_DIR");
        Path out = Path.of(args[0]).resolve(Gazetteer.COMPILED.substring(1));
        Files.createDirectories(out.getParent());
        PlaceTable table = Gazetteer.parseKbp();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            table.write(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("place table: " + table.size() + " names -> " + out);
    }
}
