package io.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stats}: totals of the index, and figures per kind, agency, place, predicate and year. */
@Command(name = "stats", description = {"Prints the index totals and the figures per kind, agency (canonical name),"
        + " place (rolled up: a city's figures also count for its province), predicate lemma and period year."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexLocation index;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "At most N rows per table, largest counts first; 0 for all (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "One JSON object with the totals and every count, instead of tables.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--top': " + top
                    + " (must be 0 or more)");
        }
        PrintWriter out = spec.commandLine().getOut();
        IndexStats s;
        try (FactIndex facts = FactIndex.openReadOnly(index.config())) {
            s = facts.stats();
        }
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("articles", s.articles());
            o.put("figures", s.figures());
            o.put("entities", s.entities());
            o.set("figuresBy", CountsFormat.json(s.figuresBy()));
            out.println(o);
            return Newsfacts.OK;
        }
        out.printf("articles  %d%nfigures   %d%nentities  %d%n", s.articles(), s.figures(), s.entities());
        CountsFormat.tables(out, s.figuresBy(), top);
        return Newsfacts.OK;
    }
}
