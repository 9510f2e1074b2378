package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.EntitySubtype;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Place names with their kind and, where known, the place they lie in. Built from CoreNLP's KBP gazetteer (in
 * the stanford-corenlp models jar: countries, states and provinces, cities) and the project's own
 * {@code places.tsv} (containment). Loaded once; immutable and thread-safe.
 */
public final class Gazetteer {
    private static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String OWN = "/io/newsfacts/extractor/entities/places.tsv";

    /** What the gazetteer knows of a name. */
    public record Place(String name, EntitySubtype subtype, String within) {
    }

    private final Map<String, Place> places;

    Gazetteer(Map<String, Place> places) {
        this.places = Map.copyOf(places);
    }

    /** Loads both sources from the classpath. */
    public static Gazetteer load() {
        Map<String, Place> map = new HashMap<>(1 << 20);
        ClassLoader cl = Gazetteer.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(KBP)) {
            if (in == null) throw new IllegalStateException("CoreNLP gazetteer " + KBP + " is not on the classpath");
            readKbp(KBP.endsWith(".gz") ? new GZIPInputStream(in) : in, map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KBP, e);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(OWN)) {
            if (in == null) throw new IllegalStateException(OWN + " is not on the classpath");
            readOwn(in, map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OWN, e);
        }
        return new Gazetteer(map);
    }

    private static void readKbp(InputStream in, Map<String, Place> map) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            int t1 = line.indexOf('\t');
            if (t1 <= 0) continue;
            int t2 = line.indexOf('\t', t1 + 1);
            String type = t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2);
            EntitySubtype sub = switch (type) {
                case "COUNTRY" -> EntitySubtype.COUNTRY;
                case "STATE_OR_PROVINCE" -> EntitySubtype.PROVINCE;
                case "CITY" -> EntitySubtype.CITY;
                default -> null;
            };
            if (sub == null) continue;
            String name = line.substring(0, t1);
            if (name.indexOf('\\') >= 0 || name.indexOf('[') >= 0 || name.indexOf('(') >= 0) continue;
            String key = name.toLowerCase(Locale.ROOT);
            Place old = map.get(key);
            if (old == null || rank(sub) > rank(old.subtype())) map.put(key, new Place(name, sub, null));
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

    /** Countries outrank provinces outrank cities when a name is several ("Georgia", "China"). */
    private static int rank(EntitySubtype s) {
        return switch (s) {
            case COUNTRY -> 3;
            case PROVINCE -> 2;
            case CITY -> 1;
            default -> 0;
        };
    }

    /** The place named {@code name} (any case), or null. */
    public Place lookup(String name) {
        return places.get(name.toLowerCase(Locale.ROOT));
    }
}
