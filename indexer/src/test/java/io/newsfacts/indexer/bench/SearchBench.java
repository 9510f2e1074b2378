package io.newsfacts.indexer.bench;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.IndexConfig;
import io.newsfacts.indexer.SearchRequest;
import io.newsfacts.indexer.SortOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The search benchmark: builds an index of N figures (default 1,000,000) from {@link BenchArticles}, committing
 * every batch of articles, then times query shapes through {@link FactIndex#search} on a read-only index opened
 * as the CLI opens it (parse, search, highlight, stored fields: the whole call). Prints the indexing rate, the
 * index size per figure and p50/p99 latency per shape; with several runs, each run and then the medians.
 *
 * <pre>
 * SearchBench --input extracted.jsonl [--input …] [--root DIR] [--index DIR] [--figures N] [--queries N]
 *             [--warmup N] [--threads N] [--batch N] [--runs N] [--seed S]
 * </pre>
 */
public final class SearchBench {
    /** Tells a put thread to stop. */
    private static final Article POISON = new Article("stop", new io.newsfacts.extractor.model.Source("", "", 0,
            "UTF-8"), "en", "", List.of(), null, null, List.of(), List.of(), List.of());

    private SearchBench() {
    }

    /**
     * One run's numbers. Latencies per shape: p50, p99 and mean of wall-clock time, then p50 and p99 of the
     * searching thread's CPU time (what the query costs, whatever else the machine runs), in milliseconds.
     */
    record Run(long figures, long articles, double indexSeconds, double indexCpuSeconds, long indexBytes,
            Map<String, double[]> latencies, double loadBefore, double loadAfter) {
        double figuresPerSecond() {
            return figures / indexSeconds;
        }

        double figuresPerCpuSecond() {
            return figures / indexCpuSeconds;
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = options(args);
        Path root = Path.of(one(opts, "--root", "."));
        Path index = Path.of(one(opts, "--index", "bench-index"));
        long figures = Long.parseLong(one(opts, "--figures", "1000000"));
        int queries = Integer.parseInt(one(opts, "--queries", "1000"));
        int warmup = Integer.parseInt(one(opts, "--warmup", "300"));
        int threads = Integer.parseInt(one(opts, "--threads", "2"));
        int batch = Integer.parseInt(one(opts, "--batch", "5000"));
        int runs = Integer.parseInt(one(opts, "--runs", "1"));
        long seed = Long.parseLong(one(opts, "--seed", "20201026"));
        List<Article> real = new ArrayList<>();
        for (String input : opts.getOrDefault("--input", List.of())) {
            real.addAll(ContractReader.read(Path.of(input), root));
        }
        System.out.printf(Locale.ROOT, "bench: %d real articles (%d figures, %d entities) replicated and mixed with"
                + " generated ones up to %,d figures; %d put threads, a commit every %,d articles; seed %d%n",
                real.size(), real.stream().mapToInt(a -> a.figures().size()).sum(),
                real.stream().mapToInt(a -> a.entities().size()).sum(), figures, threads, batch, seed);
        System.out.printf(Locale.ROOT, "bench: JVM %s, %d processors, max heap %,d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (Boolean.parseBoolean(one(opts, "--generate-only", "false"))) {
            generateOnly(real, figures, seed);
            return;
        }
        if (opts.containsKey("--probe")) {
            probe(index, opts.get("--probe"), queries, warmup);
            return;
        }
        List<Run> done = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Run run = run(real, index, figures, queries, warmup, threads, batch, seed);
            done.add(run);
            print("run " + r, run);
        }
        if (runs > 1) {
            Map<String, double[]> medians = new LinkedHashMap<>();
            for (String shape : done.get(0).latencies().keySet()) {
                double[] m = new double[5];
                for (int i = 0; i < m.length; i++) {
                    int k = i;
                    m[i] = median(done, r -> r.latencies().get(shape)[k]);
                }
                medians.put(shape, m);
            }
            Run first = done.get(0);
            double wall = median(done, Run::figuresPerSecond);
            double cpu = median(done, Run::figuresPerCpuSecond);
            print("median of " + runs + " runs", new Run(first.figures(), first.articles(), first.figures() / wall,
                    first.figures() / cpu, (long) median(done, r -> (double) r.indexBytes()), medians,
                    median(done, Run::loadBefore), median(done, Run::loadAfter)));
        }
    }

    private static Run run(List<Article> real, Path dir, long target, int queries, int warmup, int threads,
            int batch, long seed) throws Exception {
        BenchArticles source = new BenchArticles(real, seed);
        long figures = 0;
        long articles = 0;
        double loadBefore = OS.getSystemLoadAverage();
        long start = System.nanoTime();
        long cpuStart = OS.getProcessCpuTime();
        try (FactIndex index = FactIndex.open(new IndexConfig(dir, true))) {
            BlockingQueue<Article> queue = new ArrayBlockingQueue<>(256);
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    try {
                        for (Article a = queue.take(); a != POISON; a = queue.take()) {
                            index.put(a);
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }, "put-" + t);
                w.start();
                workers.add(w);
            }
            while (figures < target && failure.get() == null) {
                Article a = source.next();
                queue.put(a);
                figures += a.figures().size();
                if (++articles % batch == 0) {
                    index.commit(); // takes what has been put so far; puts go on meanwhile
                }
            }
            for (int t = 0; t < threads; t++) {
                queue.put(POISON);
            }
            for (Thread w : workers) {
                w.join();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            index.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (OS.getProcessCpuTime() - cpuStart) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        Map<String, double[]> latencies = new LinkedHashMap<>();
        try (FactIndex index = FactIndex.openReadOnly(new IndexConfig(dir))) {
            for (Map.Entry<String, Function<Random, SearchRequest>> shape : shapes().entrySet()) {
                Random random = new Random(seed ^ shape.getKey().hashCode());
                long hits = 0;
                for (int i = 0; i < warmup; i++) {
                    hits += index.search(shape.getValue().apply(random)).hits().size();
                }
                long[] nanos = new long[queries];
                long[] cpu = new long[queries];
                for (int i = 0; i < queries; i++) {
                    SearchRequest request = shape.getValue().apply(random);
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    hits += index.search(request).hits().size();
                    nanos[i] = System.nanoTime() - t0;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                Arrays.sort(nanos);
                Arrays.sort(cpu);
                double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
                latencies.put(shape.getKey(), new double[] {percentile(nanos, 0.50), percentile(nanos, 0.99), mean,
                    percentile(cpu, 0.50), percentile(cpu, 0.99)});
                if (hits == 0) {
                    System.out.println("bench: warning: shape '" + shape.getKey() + "' found nothing");
                }
            }
        }
        return new Run(figures, articles, seconds, cpuSeconds, bytes, latencies, loadBefore,
                OS.getSystemLoadAverage());
    }

    /** Times given queries on the existing index, each {@code queries} times after {@code warmup} runs. */
    private static void probe(Path dir, List<String> probes, int queries, int warmup) throws Exception {
        try (FactIndex index = FactIndex.openReadOnly(new IndexConfig(dir))) {
            for (String q : probes) {
                boolean facets = q.startsWith("facets:");
                SortOrder sort = q.startsWith("value:") && q.indexOf(' ') > 0 && q.startsWith("value:sort ")
                        ? SortOrder.VALUE : SortOrder.RELEVANCE;
                String query = facets ? q.substring("facets:".length()) : q;
                SearchRequest request = SearchRequest.of(query, 10).withFacets(facets).withSort(sort);
                for (int i = 0; i < warmup; i++) {
                    index.search(request);
                }
                long[] cpu = new long[queries];
                long total = 0;
                for (int i = 0; i < queries; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    total = index.search(request).total();
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-50s %9d hits  cpu p50 %6.2f ms  p99 %6.2f ms%n", q, total,
                        percentile(cpu, 0.5), percentile(cpu, 0.99));
            }
        }
    }

    /** Times the article generator alone (twice: the second pass is JIT-warm), to tell its share of a run. */
    private static void generateOnly(List<Article> real, long target, long seed) {
        for (int pass = 1; pass <= 2; pass++) {
            BenchArticles source = new BenchArticles(real, seed);
            long figures = 0;
            long cpu = THREADS.getCurrentThreadCpuTime();
            while (figures < target) {
                figures += source.next().figures().size();
            }
            double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "generator pass %d: %,d figures in %.2f CPU-s (%,.0f figures per"
                    + " CPU-second)%n", pass, figures, seconds, figures / seconds);
        }
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(long[] sortedNanos, double p) {
        return sortedNanos[(int) Math.ceil(sortedNanos.length * p) - 1] / 1e6;
    }

    /** The query shapes, each a seeded generator of requests (ten hits, as the CLI shows by default). */
    static Map<String, Function<Random, SearchRequest>> shapes() {
        String[] words = {"fraud", "suspects", "arrested", "drugs", "heroin", "cases", "gangs", "children", "votes",
            "visitors", "smuggled", "fines", "officials", "police", "criminal", "schools", "shells", "points",
            "percent", "funds", "\"telecom fraud\"", "\"criminal suspects\"", "rescued", "seized", "people"};
        List<String> agencies = BenchArticles.agencies();
        Map<String, Function<Random, SearchRequest>> shapes = new LinkedHashMap<>();
        shapes.put("free text", r -> SearchRequest.of(pick(r, words) + (r.nextBoolean() ? "" : " " + pick(r, words)),
                10));
        shapes.put("range", r -> {
            double a = Math.exp(r.nextDouble() * Math.log(1e9));
            String q = switch (r.nextInt(4)) {
                case 0 -> String.format(Locale.ROOT, "value:[%.0f TO %.0f]", a, a * (1 + r.nextDouble() * 10));
                case 1 -> String.format(Locale.ROOT, ">%.1f million yuan", a / 1e4);
                case 2 -> String.format(Locale.ROOT, "between %d and %d percent", r.nextInt(50), 50 + r.nextInt(50));
                default -> String.format(Locale.ROOT, "value>%.0f", a);
            };
            return SearchRequest.of(q, 10);
        });
        shapes.put("facets", r -> SearchRequest.of(pick(r, words), 10).withFacets(true));
        shapes.put("agency+place", r -> {
            String[] province = pick(r, BenchArticles.PROVINCES);
            String agency = pick(r, agencies.toArray(String[]::new));
            String place = r.nextBoolean() ? province[0] : province[1 + r.nextInt(province.length - 1)];
            if (r.nextBoolean()) {
                // a city unit in its own city: a narrow, certain match
                String city = province[1 + r.nextInt(province.length - 1)];
                BenchArticles.Family f = pick(r, BenchArticles.FAMILIES);
                agency = String.format(Locale.ROOT, f.city(), city);
                place = city;
            }
            return SearchRequest.of("agency:\"" + agency + "\" place:\"" + place + "\"", 10);
        });
        shapes.put("sort by value", r -> SearchRequest.of(pick(r, words), 10).withSort(SortOrder.VALUE));
        shapes.put("period+date sort", r -> SearchRequest.of("period:" + (2012 + r.nextInt(13)) + " "
                + pick(r, words), 10).withSort(SortOrder.DATE));
        return shapes;
    }

    private static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    private static void print(String title, Run run) {
        System.out.printf(Locale.ROOT, "%n== %s ==   (load average %.1f before, %.1f after)%n", title,
                run.loadBefore(), run.loadAfter());
        System.out.printf(Locale.ROOT, "indexing   %,d figures (%,d articles) in %.1f s: %,.0f figures/s wall clock,"
                + " %,.0f figures per CPU-second%n", run.figures(), run.articles(), run.indexSeconds(),
                run.figuresPerSecond(), run.figuresPerCpuSecond());
        System.out.printf(Locale.ROOT, "index size %,.1f MB, %,.0f bytes per figure%n", run.indexBytes() / 1e6,
                (double) run.indexBytes() / run.figures());
        System.out.printf(Locale.ROOT, "%-18s %9s %9s %9s %9s %9s%n", "query shape", "p50 ms", "p99 ms", "mean ms",
                "cpu p50", "cpu p99");
        run.latencies().forEach((shape, l) -> System.out.printf(Locale.ROOT, "%-18s %9.2f %9.2f %9.2f %9.2f %9.2f%n",
                shape, l[0], l[1], l[2], l[3], l[4]));
    }

    private static double median(List<Run> runs, Function<Run, Double> value) {
        double[] v = runs.stream().mapToDouble(value::apply).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at '" + args[i] + "'");
            }
            opts.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
        }
        return opts;
    }

    private static String one(Map<String, List<String>> opts, String name, String fallback) {
        List<String> v = opts.get(name);
        return v == null ? fallback : v.get(v.size() - 1);
    }
}
