package io.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.indexer.FactIndex;
import io.newsfacts.indexer.InvalidQueryException;
import io.newsfacts.indexer.PartialDate;
import io.newsfacts.indexer.SearchRequest;
import io.newsfacts.indexer.SearchResult;
import io.newsfacts.indexer.SortOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code search}: finds figures and entities in the index; prints a table or JSON lines, and facet counts. */
@Command(name = "search",
        description = {"Searches the indexed figures and entities. Each hit shows value, unit, kind, what was counted,"
                + " the predicate, agency, place, period, article id, and the sentence with the matches in «…».",
            "Query language (see the README): words and \"phrases\" (all must match), AND/OR/NOT, parentheses;"
                + " quantities: value>10000, >1 billion yuan, more than 10,000, between 10 and 20 percent,"
                + " value:[1e9 TO *]; fields: kind:MONEY unit:CNY agency:\"Ministry of Public Security\""
                + " place:Fujian predicate:arrest period:2020 date:2020-10 counted: sentence: article: type:figure."})
final class SearchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    IndexLocation index;

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = {"What to find (several arguments are joined by spaces). An empty query (\"\") matches"
                + " every figure and entity."})
    List<String> words;

    @Option(names = "--kind", paramLabel = "K",
            description = "Only this figure kind (COUNT, PERCENT, MONEY, QUANTITY, DURATION) or entity type (PERSON,"
                    + " ORGANIZATION, PLACE, DATE); case-insensitive.")
    String kind;

    @Option(names = "--min", paramLabel = "X", description = "Only figures whose value is at least X.")
    Double min;

    @Option(names = "--max", paramLabel = "Y", description = "Only figures whose value is at most Y.")
    Double max;

    @Option(names = "--from", paramLabel = "YYYY[-MM[-DD]]", converter = DateConverter.class,
            description = "Only hits of articles dated on or after this date.")
    PartialDate from;

    @Option(names = "--to", paramLabel = "YYYY[-MM[-DD]]", converter = DateConverter.class,
            description = "Only hits of articles dated on or before this date (a year or month: its last day).")
    PartialDate to;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", converter = SortConverter.class,
            description = "relevance (default), value (largest first), value-asc, date (latest article first) or"
                    + " date-asc.")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N hits per page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page", paramLabel = "P", defaultValue = "1",
            description = "Which page of N hits to show (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--facets",
            description = "Also count all matching figures by kind, agency, place (a city also counts for its"
                    + " province), predicate lemma and period year.")
    boolean facets;

    @Option(names = "--json",
            description = "One JSON object per hit: the figure or entity as extract writes it, with \"article\" and"
                    + " \"score\"; with --facets, a last line {\"total\": …, \"facets\": {…}}.")
    boolean json;

    @Option(names = "--width", paramLabel = "W",
            description = "Fit the table to W columns; 0 does not cut (default: the terminal's width, or 0 when"
                    + " the output is not a terminal).")
    Integer width;

    @Override
    public Integer call() throws IOException {
        SearchRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String query = String.join(" ", words);
        SearchResult result;
        try (FactIndex facts = FactIndex.openReadOnly(index.config())) {
            result = facts.search(request);
        } catch (InvalidQueryException e) {
            err.println("newsfacts: " + e.getMessage());
            return Newsfacts.USAGE;
        }
        if (json) {
            result.hits().forEach(h -> out.println(HitFormat.json(h)));
            if (facets) {
                ObjectNode summary = JSON.createObjectNode();
                summary.put("total", result.total());
                summary.set("facets", CountsFormat.json(result.facets()));
                out.println(summary);
            }
        } else {
            if (!result.hits().isEmpty()) {
                int w = width != null ? width : TerminalWidth.detect();
                HitFormat.table(result.hits(), request.offset() + 1, w).forEach(out::println);
            }
            if (facets) {
                out.printf(Locale.ROOT, "%nfacets of all %s matching figures%n", CountsFormat.grouped(
                        result.facets().byKind().values().stream().mapToLong(Long::longValue).sum()));
                CountsFormat.tables(out, result.facets(), 10);
            }
        }
        if (result.hits().isEmpty()) {
            err.println("newsfacts: no matches for '" + query + "'" + (request.offset() > 0 && result.total() > 0
                    ? " on page " + page + " (" + result.total() + " matches)" : ""));
        } else {
            err.printf(Locale.ROOT, "newsfacts: hits %d-%d of %s%s%n", request.offset() + 1,
                    request.offset() + result.hits().size(), result.totalExact() ? "" : "at least ",
                    CountsFormat.grouped(result.total()));
        }
        return Newsfacts.OK;
    }

    /** The request of the options, or a usage error naming the option at fault. */
    private SearchRequest request() {
        if (limit < 1) {
            throw usage("Invalid value for option '--limit': " + limit + " (must be at least 1)");
        }
        if (page < 1) {
            throw usage("Invalid value for option '--page': " + page + " (must be at least 1)");
        }
        if (width != null && width < 0) {
            throw usage("Invalid value for option '--width': " + width + " (must be 0 or more)");
        }
        if (min != null && max != null && min > max) {
            throw usage("--min " + min + " is greater than --max " + max);
        }
        if (from != null && to != null && from.first() > to.last()) {
            throw usage("--from " + from + " is after --to " + to);
        }
        long offset = (long) (page - 1) * limit;
        if (offset + limit > SearchRequest.MAX_WINDOW) {
            throw usage("--page " + page + " with --limit " + limit + " goes past hit " + SearchRequest.MAX_WINDOW
                    + "; narrow the query instead");
        }
        return new SearchRequest(String.join(" ", words), kind, min, max, from, to, sort, (int) offset, limit,
                facets);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code --from}/{@code --to}: YYYY, YYYY-MM or YYYY-MM-DD. */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --sort}: relevance, value, value-asc, date, date-asc; case-insensitive. */
    static final class SortConverter implements ITypeConverter<SortOrder> {
        @Override
        public SortOrder convert(String value) {
            try {
                return SortOrder.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is none of relevance, value, value-asc, date,"
                        + " date-asc");
            }
        }
    }
}
