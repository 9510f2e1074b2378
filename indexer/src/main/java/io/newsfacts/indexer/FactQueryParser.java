package io.newsfacts.indexer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * The classic query parser, taught that {@code value} is a number: left alone it would build term queries
 * against a field that only has points, and {@code value:[1000 TO *]} would silently match nothing.
 * Leading wildcards stay forbidden since they scan the whole term dictionary. Not thread-safe: one per search.
 */
final class FactQueryParser extends QueryParser {

    FactQueryParser(Analyzer analyzer) {
        super(DocumentLayout.TEXT, analyzer);
        setAllowLeadingWildcard(false);
        // the parser tries range bounds as dates in its locale; the default locale would make queries machine-dependent
        setLocale(Locale.ROOT);
        setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (DocumentLayout.VALUE.equals(field)) {
            return DoublePoint.newExactQuery(field, number(queryText));
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (DocumentLayout.VALUE.equals(field)) {
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
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        rejectNumericPattern(field, termStr + "*");
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        rejectNumericPattern(field, termStr);
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        rejectNumericPattern(field, termStr);
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        rejectNumericPattern(field, termStr);
        return super.getRegexpQuery(field, termStr);
    }

    private static void rejectNumericPattern(String field, String termStr) throws ParseException {
        if (DocumentLayout.VALUE.equals(field)) {
            throw new ParseException("value takes a number or a range, not the pattern '" + termStr + "'");
        }
    }

    /** Parsed as a plain decimal, locale-free; NaN and Infinity are not numbers a figure can have. */
    private static double number(String text) throws ParseException {
        try {
            return new BigDecimal(text.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new ParseException("value '" + text + "' is not a number");
        }
    }
}
