package io.newsfacts.extractor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where extraction time goes: CPU-independent wall nanoseconds per stage summed over all articles and threads,
 * plus articles and tokens processed. Thread-safe; cheap enough to stay on.
 */
public final class StageProfile {
    /** The stages of {@link Extractor#extract}, in order. */
    public enum Stage { LANGUAGE, CORENLP, DATELINE, ENTITIES, FIGURES, ASSEMBLE }

    private final Map<Stage, LongAdder> nanos = new LinkedHashMap<>();
    private final LongAdder articles = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    StageProfile() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    void article(int tokenCount) {
        articles.increment();
        tokens.add(tokenCount);
    }

    public long articles() {
        return articles.sum();
    }

    public long tokens() {
        return tokens.sum();
    }

    /** Nanoseconds per stage so far. */
    public Map<Stage, Long> nanos() {
        Map<Stage, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return Collections.unmodifiableMap(out);
    }

    /** A small table: seconds and share of each stage. */
    public String report() {
        Map<Stage, Long> n = nanos();
        long total = n.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "stage profile: %d articles, %d tokens, %.1f s of extraction (summed over threads)%n",
                articles(), tokens(), total / 1e9));
        for (Map.Entry<Stage, Long> e : n.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-9s %8.2f s  %5.1f%%%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue() / 1e9, total == 0 ? 0.0 : 100.0 * e.getValue() / total));
        }
        return sb.toString();
    }
}
