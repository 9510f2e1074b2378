package io.newsfacts.cli;

import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: totals of the index, and figures per kind, agency and place. */
@Command(name = "stats", description = "Prints the index totals and the figures per kind, agency and place.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexLocation index;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!index.existsOrReport(spec.commandLine().getErr())) {
            return Newsfacts.FAILED;
        }
        IndexStats s;
        try (FactIndex facts = FactIndex.open(index.config())) {
            s = facts.stats();
        }
        out.printf("articles  %d%nfigures   %d%nentities  %d%n", s.articles(), s.figures(), s.entities());
        table(out, "figures by kind", s.byKind());
        table(out, "figures by agency", s.byAgency());
        table(out, "figures by place", s.byPlace());
        return Newsfacts.OK;
    }

    /** In the order the index gives (largest count first, ties by name). */
    private static void table(PrintWriter out, String title, Map<String, Long> counts) {
        out.printf("%n%s%n", title);
        if (counts.isEmpty()) {
            out.println("  (none)");
            return;
        }
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.entrySet().forEach(e -> out.printf("  %-" + width + "s  %d%n", e.getKey(), e.getValue()));
    }
}
