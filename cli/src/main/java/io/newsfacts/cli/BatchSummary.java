package io.newsfacts.cli;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What a batch did. {@code read}: inputs looked at; {@code articles}: JSON lines written or articles indexed
 * (extracted ones and those not in English); {@code skipped} and {@code failed}: counts by reason;
 * {@code notRead}: inputs left when a fail-fast batch stopped; {@code tokens}: tokens parsed, -1 when unknown;
 * {@code extractSeconds}: time spent in the batch (models already loaded); {@code seconds}: the whole command.
 */
record BatchSummary(long read, long articles, long figures, long entities, Map<String, Long> skipped,
        Map<String, Long> failed, long notRead, long tokens, double extractSeconds, double seconds) {
    /** Why an article was skipped: not in English (its line is written, without figures or entities). */
    static final String NOT_ENGLISH = "not English";
    /** Why an article was skipped: already in the index with the same content. */
    static final String UNCHANGED = "unchanged";

    BatchSummary {
        skipped = Map.copyOf(skipped);
        failed = Map.copyOf(failed);
    }

    long failures() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    long skips() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The articles whose figures and entities were extracted. */
    long extracted() {
        return articles - skipped.getOrDefault(NOT_ENGLISH, 0L);
    }

    /**
     * The report before the summary line: {@code 2227 inputs read: 2221 extracted, 3 skipped (not English: 2;
     * unchanged: 1), 3 failed (empty file: 2; timed out: 1); 812345 tokens, 1850 tokens/s}.
     */
    String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "newsfacts: %d inputs read: %d extracted, %d"
                + " skipped%s, %d failed%s", read, extracted(), skips(), byReason(skipped), failures(),
                byReason(failed)));
        if (notRead > 0) {
            sb.append(String.format(Locale.ROOT, ", %d not read (stopped at the first failure)", notRead));
        }
        if (tokens >= 0) {
            sb.append(String.format(Locale.ROOT, "; %d tokens, %.0f tokens/s", tokens,
                    extractSeconds > 0 ? tokens / extractSeconds : 0.0));
        }
        return sb.toString();
    }

    /** The line that ends each batch on stderr. */
    String line() {
        return String.format(Locale.ROOT, "newsfacts: %d articles, %d figures, %d entities, %d failures, %.1f s",
                articles, figures, entities, failures(), seconds);
    }

    private static String byReason(Map<String, Long> counts) {
        if (counts.isEmpty()) return "";
        StringJoiner j = new StringJoiner("; ", " (", ")");
        new TreeMap<>(counts).forEach((reason, n) -> j.add(reason + ": " + n));
        return j.toString();
    }
}
