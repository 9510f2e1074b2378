package io.newsfacts.indexer;

import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query language: {@link QuantityRewriter} first, then Lucene's classic parser taught our fields. Bare words
 * must all match (AND is the default operator: "fraud cases" means both words) and search the {@code text}
 * field. Field by field:
 * <ul>
 *   <li>{@code value}: numbers and ranges, never terms (left alone, {@code value:[1000 TO *]} would compare strings);
 *   <li>{@code unit}: unit words are read as the extractor's codes, so {@code unit:yuan} is {@code unit:CNY};
 *   <li>{@code period}: a year, month or day, or a range of them; matches figures whose period overlaps it;
 *   <li>{@code date}: the article's date, the same forms;
 *   <li>{@code kind} and {@code type}: checked against the kinds and types that exist;
 *   <li>{@code agency}, {@code place}: whole names, case-insensitive; each figure carries the names up its
 *       agency's parent chain and its place's within chain, so they match sub-units and contained places.
 * </ul>
 * An unknown field is an error rather than a silent empty result. Leading wildcards stay forbidden since they scan
 * the whole term dictionary. Not thread-safe: one per parse.
 */
final class FactQueryParser extends QueryParser {
    private static final Set<String> KINDS = Stream.concat(Stream.of(FigureKind.values()).map(Enum::name),
            Stream.of(EntityType.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TYPES = Set.of(DocumentLayout.TYPE_FIGURE, DocumentLayout.TYPE_ENTITY);
    private static final String FIELD_LIST = String.join(", ", new TreeSet<>(DocumentLayout.QUERY_FIELDS));

    private final List<Query> quantities;

    private FactQueryParser(Analyzer analyzer, List<Query> quantities) {
        super(DocumentLayout.TEXT, analyzer);
        this.quantities = quantities;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        // the parser tries range bounds as dates in its locale; the default locale would make queries machine-dependent
        setLocale(Locale.ROOT);
        setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    /**
     * Parses a query of the language; null or blank matches everything.
     *
     * @throws ParseException with a one-line reason when the query is malformed
     */
    static Query parseQuery(String query, Analyzer analyzer) throws ParseException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QuantityRewriter.Rewritten r = QuantityRewriter.rewrite(query);
        if (r.query().isBlank()) {
            return new MatchAllDocsQuery();
        }
        return new FactQueryParser(analyzer, r.quantities()).parse(r.query());
    }

    @Override
    protected Query getFieldQuery(String named, String queryText, boolean quoted) throws ParseException {
        if (QuantityRewriter.PLACEHOLDER.equals(named)) {
            return quantities.get(Integer.parseInt(queryText));
        }
        String field = known(named);
        switch (field) {
            case DocumentLayout.VALUE:
                return DoublePoint.newExactQuery(field, number(queryText));
            case DocumentLayout.UNIT:
                return new TermQuery(DocumentLayout.keywordTerm(field, QuantityWords.unitCode(queryText)));
            case DocumentLayout.PERIOD: {
                PartialDate d = date(queryText);
                return IntRange.newIntersectsQuery(field, new int[] {d.first()}, new int[] {d.last()});
            }
            case DocumentLayout.DATE: {
                PartialDate d = date(queryText);
                return IntPoint.newRangeQuery(field, d.first(), d.last());
            }
            case DocumentLayout.KIND:
                if (!KINDS.contains(queryText.strip().toUpperCase(Locale.ROOT))) {
                    throw new ParseException("kind '" + queryText + "' is none of " + String.join(", ",
                            new TreeSet<>(KINDS)));
                }
                break;
            case DocumentLayout.TYPE:
                if (!TYPES.contains(queryText.strip())) {
                    throw new ParseException("type '" + queryText + "' is neither figure nor entity");
                }
                break;
            default:
                break;
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(known(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String named, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        String field = known(named);
        switch (field) {
            case DocumentLayout.VALUE: {
                double lo = part1 == null ? Double.NEGATIVE_INFINITY : number(part1);
                double hi = part2 == null ? Double.POSITIVE_INFINITY : number(part2);
                if (part1 != null && !startInclusive) {
                    lo = Math.nextUp(lo);
                }
                if (part2 != null && !endInclusive) {
                    hi = Math.nextDown(hi);
                }
                return DoublePoint.newRangeQuery(field, lo, hi);
            }
            case DocumentLayout.PERIOD:
            case DocumentLayout.DATE: {
                // an excluded bound excludes the whole year, month or day it names
                int lo = part1 == null ? Integer.MIN_VALUE
                        : startInclusive ? date(part1).first() : date(part1).last() + 1;
                int hi = part2 == null ? Integer.MAX_VALUE
                        : endInclusive ? date(part2).last() : date(part2).first() - 1;
                return field.equals(DocumentLayout.PERIOD)
                        ? IntRange.newIntersectsQuery(field, new int[] {lo}, new int[] {hi})
                        : IntPoint.newRangeQuery(field, lo, hi);
            }
            default:
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(pattern(field, termStr + "*"), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return new MatchAllDocsQuery();
        }
        return super.getWildcardQuery(pattern(field, termStr), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(pattern(field, termStr), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(pattern(field, termStr), termStr);
    }

    /** The field to search for a field the query names, which must exist. */
    private static String known(String field) throws ParseException {
        if (!DocumentLayout.QUERY_FIELDS.contains(field)) {
            throw new ParseException("unknown field '" + field + "'; the fields are " + FIELD_LIST);
        }
        return DocumentLayout.searchedAs(field);
    }

    /** The field to search with a pattern; numbers and dates take none. */
    private static String pattern(String named, String termStr) throws ParseException {
        String field = known(named);
        if (DocumentLayout.VALUE.equals(field) || DocumentLayout.PERIOD.equals(field)
                || DocumentLayout.DATE.equals(field)) {
            throw new ParseException(field + " takes a number or a range, not the pattern '" + termStr + "'");
        }
        return field;
    }

    /** A number as {@link QuantityWords} reads it (digit groups, exponent, 10k, 1.5bn); locale-free. */
    private static double number(String text) throws ParseException {
        BigDecimal n = QuantityWords.bound(text);
        if (n == null) {
            throw new ParseException("value '" + text + "' is not a number");
        }
        return n.doubleValue();
    }

    private static PartialDate date(String text) throws ParseException {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage());
        }
    }
}
