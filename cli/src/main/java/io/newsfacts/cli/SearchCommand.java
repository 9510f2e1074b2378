package io.newsfacts.cli;

import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.Hit;
import io.newsfacts.indexer.InvalidQueryException;
import io.newsfacts.indexer.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: finds figures and entities in the index; prints each hit with its highlighted sentence. */
@Command(name = "search",
        description = {"Searches the indexed figures and entities. Each hit shows the value and unit, the kind, what"
                + " was counted and the predicate, the article id, and the sentence with the matches in «…»."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexLocation index;

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = {"What to find, in query syntax: words, \"quoted phrases\", AND/OR/NOT, field:value (several"
                + " arguments are joined by spaces). An empty query (\"\") matches every figure and entity."})
    List<String> words;

    @Option(names = "--kind", paramLabel = "K",
            description = "Only this figure kind (COUNT, PERCENT, MONEY, QUANTITY, DURATION) or entity type (PERSON,"
                    + " ORGANIZATION, PLACE, DATE); case-insensitive.")
    String kind;

    @Option(names = "--min", paramLabel = "X", description = "Only figures whose value is at least X.")
    Double min;

    @Option(names = "--max", paramLabel = "Y", description = "Only figures whose value is at most Y.")
    Double max;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per hit, with every field, instead of text lines.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--limit': " + limit
                    + " (must be at least 1)");
        }
        if (min != null && max != null && min > max) {
            throw new ParameterException(spec.commandLine(), "--min " + min + " is greater than --max " + max);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!index.existsOrReport(err)) {
            return Newsfacts.FAILED;
        }
        String query = String.join(" ", words);
        SearchRequest request = new SearchRequest(query, kind, min,
                max, limit);
        List<Hit> hits;
        try (FactIndex facts = FactIndex.open(index.config())) {
            hits = facts.search(request);
        } catch (InvalidQueryException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            err.println("newsfacts: " + (why.isBlank() ? "invalid query '" + query + "'" : why));
            return Newsfacts.USAGE;
        }
        for (int i = 0; i < hits.size(); i++) {
            out.println(json ? HitFormat.json(hits.get(i)) : HitFormat.human(i + 1, hits.get(i)));
        }
        if (hits.isEmpty()) {
            err.println("newsfacts: no matches for '" + query + "'");
        }
        return Newsfacts.OK;
    }
}
