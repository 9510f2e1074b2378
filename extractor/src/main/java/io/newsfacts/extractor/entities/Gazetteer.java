package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.EntitySubtype;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Place names with their kind and, where known, the place they lie in. Built from CoreNLP's KBP gazetteer (in
 * the stanford-corenlp models jar: countries, states and provinces, cities) and the project's own
 * {@code places.tsv} (containment, and the kind where it knows better). The KBP list is compiled at build time
 * into {@code kbp-places.bin} ({@link PlaceTableBuild}), which loads in a fraction of the time the text list
 * takes; without that file (a build that skipped the step) the text list is parsed. Loaded once; immutable and
 * thread-safe.
 */
public final class Gazetteer {
    static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String COMPILED = "/io/newsfacts/extractor/entities/kbp-places.bin";
    private static final String OWN = "/io/newsfacts/extractor/entities/places.tsv";

    /** What the gazetteer knows of a name. */
    public record Place(String name, EntitySubtype subtype, String within) {
    }

    private final PlaceTable kbp;
    private final Map<String, Place> own;

    Gazetteer(PlaceTable kbp, Map<String, Place> own) {
        this.kbp = kbp;
        this.own = Map.copyOf(own);
    }

    /** Loads both sources from the classpath. */
    public static Gazetteer load() {
        Map<String, Place> own = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(OWN)) {
            if (in == null) throw new IllegalStateException(OWN + " is not on the classpath");
            readOwn(in, own);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OWN, e);
        }
        return new Gazetteer(loadKbp(), own);
    }

    /** The compiled KBP table when the build wrote it, else the text list parsed. */
    static PlaceTable loadKbp() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(COMPILED)) {
            if (in != null) return PlaceTable.read(new BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPILED, e);
        }
        return parseKbp();
    }

    /** CoreNLP's text list, parsed (seconds). */
    static PlaceTable parseKbp() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(KBP)) {
            if (in == null) throw new IllegalStateException("CoreNLP gazetteer " + KBP + " is not on the classpath");
            return PlaceTable.parseKbp(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KBP, e);
        }
    }

    private static void readOwn(InputStream in, Map<String, Place> map) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String within = f.length > 2 && !f[2].isBlank() ? f[2].trim() : null;
            map.put(f[0].toLowerCase(Locale.ROOT), new Place(f[0], EntitySubtype.valueOf(f[1].trim()), within));
        }
    }

    /** The place named {@code name} (any case), or null. The project's own table wins over the KBP list. */
    public Place lookup(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Place p = own.get(key);
        // an abbreviation matches only as written: "US", "UK", not the word "Us" ("Love Will Tear Us Apart")
        if (p != null && p.name().chars().noneMatch(Character::isLowerCase) && !p.name().equals(name)) p = null;
        return p != null ? p : kbp.find(key);
    }
}
