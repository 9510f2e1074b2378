package io.newsfacts.indexer;

import io.newsfacts.extractor.model.Article;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link KillDuringIndexingTest}: indexes {@code count} generated articles into a folder,
 * committing every {@code every} articles and printing {@code committed N} after each commit, then {@code done}.
 * The parent kills it with SIGKILL in the middle.
 */
public final class CrashingIndexer {
    private CrashingIndexer() {
    }

    /** The article of number {@code i}: 1 to 7 figures, values depending on i, so each version is checkable. */
    static Article article(int i) {
        int figures = 1 + i % 7;
        int[] values = new int[figures];
        for (int f = 0; f < figures; f++) {
            values[f] = i * 10 + f;
        }
        return TestArticles.parcels(id(i), values);
    }

    static String id(int i) {
        return String.format(java.util.Locale.ROOT, "a%05d", i);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        try (FactIndex index = FactIndex.open(new IndexConfig(dir))) {
            for (int i = 0; i < count; i++) {
                index.put(article(i));
                if ((i + 1) % every == 0) {
                    index.commit();
                    System.out.println("committed " + (i + 1));
                    System.out.flush();
                }
            }
            index.commit();
        }
        System.out.println("done");
        System.out.flush();
    }
}
