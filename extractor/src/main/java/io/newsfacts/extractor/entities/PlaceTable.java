package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.EntitySubtype;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Half a million place names (CoreNLP's KBP gazetteer) in a compact, sorted form: the lower-cased names as one
 * UTF-8 byte array searched by bisection, the names as written beside them, and one kind byte each. About 20 MB
 * instead of a hash map's 80, and read from a file written at build time ({@code kbp-places.bin}) in a tenth of
 * a second where parsing the 18 MB text list takes seconds: that parse was most of the cold start. Immutable.
 */
final class PlaceTable {
    private static final int MAGIC = 0x4e46504c; // "NFPL"
    private static final int VERSION = 1;
    private static final EntitySubtype[] KINDS = {EntitySubtype.COUNTRY, EntitySubtype.PROVINCE, EntitySubtype.CITY};

    private final byte[] keys;
    private final int[] keyStart;
    private final byte[] names;
    private final int[] nameStart;
    private final byte[] kinds;

    private PlaceTable(byte[] keys, int[] keyStart, byte[] names, int[] nameStart, byte[] kinds) {
        this.keys = keys;
        this.keyStart = keyStart;
        this.names = names;
        this.nameStart = nameStart;
        this.kinds = kinds;
    }

    /** How many names the table holds. */
    int size() {
        return kinds.length;
    }

    /** The place whose lower-cased name is {@code key}, or null. */
    Gazetteer.Place find(String key) {
        byte[] q = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = kinds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(keys, keyStart[mid], keyStart[mid + 1], q, 0, q.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return place(mid);
            }
        }
        return null;
    }

    private Gazetteer.Place place(int i) {
        String name = new String(names, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.UTF_8);
        return new Gazetteer.Place(name, KINDS[kinds[i]], null);
    }

    /** Every entry in key order, for tests. */
    List<Gazetteer.Place> all() {
        List<Gazetteer.Place> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) out.add(place(i));
        return out;
    }

    /**
     * Reads CoreNLP's {@code regexner_caseless.tab}: name, tab, type. Countries, states and provinces, and
     * cities are kept (names that are patterns are not); a name of several kinds keeps the highest (a country
     * outranks a province outranks a city: "Georgia", "China").
     */
    static PlaceTable parseKbp(InputStream in) throws IOException {
        Map<String, Entry> byKey = new HashMap<>(1 << 20);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            int t1 = line.indexOf('\t');
            if (t1 <= 0) continue;
            int t2 = line.indexOf('\t', t1 + 1);
            String type = t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2);
            int kind = switch (type) {
                case "COUNTRY" -> 0;
                case "STATE_OR_PROVINCE" -> 1;
                case "CITY" -> 2;
                default -> -1;
            };
            if (kind < 0) continue;
            String name = line.substring(0, t1);
            if (name.indexOf('\\') >= 0 || name.indexOf('[') >= 0 || name.indexOf('(') >= 0) continue;
            String key = name.toLowerCase(Locale.ROOT);
            Entry old = byKey.get(key);
            if (old == null || kind < old.kind) byKey.put(key, new Entry(key.getBytes(StandardCharsets.UTF_8), name, kind));
        }
        Entry[] sorted = byKey.values().toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> Arrays.compareUnsigned(a.key, b.key));
        return build(sorted);
    }

    private record Entry(byte[] key, String name, int kind) {
    }

    private static PlaceTable build(Entry[] sorted) {
        int n = sorted.length;
        int[] keyStart = new int[n + 1];
        int[] nameStart = new int[n + 1];
        byte[][] nameBytes = new byte[n][];
        byte[] kinds = new byte[n];
        for (int i = 0; i < n; i++) {
            nameBytes[i] = sorted[i].name.getBytes(StandardCharsets.UTF_8);
            keyStart[i + 1] = keyStart[i] + sorted[i].key.length;
            nameStart[i + 1] = nameStart[i] + nameBytes[i].length;
            kinds[i] = (byte) sorted[i].kind;
        }
        byte[] keys = new byte[keyStart[n]];
        byte[] names = new byte[nameStart[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(sorted[i].key, 0, keys, keyStart[i], sorted[i].key.length);
            System.arraycopy(nameBytes[i], 0, names, nameStart[i], nameBytes[i].length);
        }
        return new PlaceTable(keys, keyStart, names, nameStart, kinds);
    }

    /** Writes the table in the form {@link #read} reads. */
    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(kinds.length);
        d.writeInt(keys.length);
        d.writeInt(names.length);
        d.write(keys);
        d.write(ints(keyStart));
        d.write(names);
        d.write(ints(nameStart));
        d.write(kinds);
        d.flush();
    }

    /** Reads a table {@link #write} wrote; a file of another format or version is refused. */
    static PlaceTable read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a newsfacts place table of version " + VERSION);
        }
        int n = d.readInt();
        byte[] keys = new byte[d.readInt()];
        byte[] names = new byte[d.readInt()];
        d.readFully(keys);
        int[] keyStart = readInts(d, n + 1);
        d.readFully(names);
        int[] nameStart = readInts(d, n + 1);
        byte[] kinds = new byte[n];
        d.readFully(kinds);
        if (keyStart[n] != keys.length || nameStart[n] != names.length) {
            throw new IOException("place table is inconsistent");
        }
        return new PlaceTable(keys, keyStart, names, nameStart, kinds);
    }

    private static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(values);
        return b.array();
    }

    private static int[] readInts(DataInputStream d, int n) throws IOException {
        byte[] raw = new byte[n * 4];
        d.readFully(raw);
        int[] out = new int[n];
        ByteBuffer.wrap(raw).asIntBuffer().get(out);
        return out;
    }
}
