package io.newsfacts.indexer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of quantities in queries: numbers ({@code 10,000}, {@code 1e9}, {@code 1.5bn}), scale words
 * ({@code billion}), units ({@code yuan}, {@code percent}, {@code tonnes}) with the codes the extractor writes
 * ({@code CNY}, {@code %}, {@code ton}), currency signs and comparison words. Query-side only: the extractor's own
 * tables are private to it, so the codes are repeated here and pinned by tests.
 */
final class QuantityWords {
    /** A unit written as one or more lower-cased words, and its code in the index. */
    record Unit(List<String> words, String code) {
    }

    /** What a comparison keeps: above, at least, below, at most, or exactly the number. */
    enum Comparison {
        GT, GE, LT, LE, EQ
    }

    /** Plain decimal, optional digit groups of three, optional exponent, optional attached scale or percent. */
    private static final Pattern NUMBER = Pattern.compile(
            "(-?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(?:e[+-]?\\d+)?)(k|m|mn|b|bn|tn|%)?");

    private static final Map<String, BigDecimal> SCALE_WORDS = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "bn", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L));

    private static final Map<String, BigDecimal> SCALE_SUFFIXES = Map.of(
            "k", BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "b", BigDecimal.valueOf(1_000_000_000), "bn", BigDecimal.valueOf(1_000_000_000),
            "tn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Currency signs written before the number ({@code $5m}, {@code €20}), longest first. */
    static final List<Map.Entry<String, String>> CURRENCY_SIGNS = List.of(
            Map.entry("us$", "USD"), Map.entry("hk$", "HKD"), Map.entry("nt$", "TWD"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("s$", "SGD"), Map.entry("$", "USD"), Map.entry("¥", "CNY"),
            Map.entry("￥", "CNY"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₹", "INR"),
            Map.entry("₩", "KRW"), Map.entry("₽", "RUB"));

    /** Currency codes also written before the number ({@code RMB 800 million}). */
    static final Map<String, String> CURRENCY_WORDS_BEFORE = Map.of(
            "rmb", "CNY", "cny", "CNY", "usd", "USD", "eur", "EUR", "gbp", "GBP", "hkd", "HKD", "jpy", "JPY");

    /** Units written after the number, longest first so "us dollars" wins over "dollars". */
    static final List<Unit> UNITS = sortedLongestFirst(List.of(
            // currencies, ISO 4217
            u("CNY", "yuan"), u("CNY", "rmb"), u("CNY", "renminbi"), u("CNY", "cny"),
            u("USD", "dollars"), u("USD", "dollar"), u("USD", "usd"), u("USD", "us", "dollars"),
            u("USD", "u.s.", "dollars"), u("HKD", "hong", "kong", "dollars"), u("HKD", "hkd"),
            u("AUD", "australian", "dollars"), u("AUD", "aud"), u("CAD", "canadian", "dollars"), u("CAD", "cad"),
            u("SGD", "singapore", "dollars"), u("TWD", "taiwan", "dollars"), u("TWD", "new", "taiwan", "dollars"),
            u("EUR", "euros"), u("EUR", "euro"), u("EUR", "eur"), u("GBP", "pounds", "sterling"),
            u("GBP", "pounds"), u("GBP", "pound"), u("GBP", "gbp"), u("JPY", "yen"), u("JPY", "jpy"),
            u("KRW", "won"), u("INR", "rupees"), u("INR", "rupee"), u("RUB", "roubles"), u("RUB", "rubles"),
            u("CHF", "swiss", "francs"), u("CHF", "chf"),
            // percentages
            u("%", "%"), u("%", "percent"), u("%", "per", "cent"), u("%", "pct"),
            u("pp", "percentage", "points"), u("pp", "percentage", "point"), u("pp", "pp"),
            // time
            u("year", "years"), u("year", "year"), u("month", "months"), u("month", "month"), u("week", "weeks"),
            u("week", "week"), u("day", "days"), u("day", "day"), u("hour", "hours"), u("hour", "hour"),
            u("minute", "minutes"), u("minute", "minute"), u("second", "seconds"), u("decade", "decades"),
            u("century", "centuries"),
            // measures
            u("ton", "tonnes"), u("ton", "tons"), u("ton", "tonne"), u("ton", "ton"), u("ton", "metric", "tons"),
            u("ton", "metric", "tonnes"), u("kilogram", "kilograms"), u("kilogram", "kg"), u("kilogram", "kilos"),
            u("gram", "grams"), u("kilometre", "kilometres"), u("kilometre", "kilometers"), u("kilometre", "km"),
            u("metre", "metres"), u("metre", "meters"), u("mile", "miles"), u("hectare", "hectares"),
            u("acre", "acres"), u("mu", "mu"), u("barrel", "barrels"), u("litre", "litres"), u("litre", "liters"),
            u("gallon", "gallons"), u("square kilometre", "square", "kilometres"),
            u("square kilometre", "square", "kilometers"), u("square kilometre", "sq", "km"),
            u("square metre", "square", "metres"), u("square metre", "square", "meters"),
            u("cubic metre", "cubic", "metres"), u("megawatt", "megawatts"), u("teu", "teu")));

    /** Comparison words, longest first: "no more than" before "more than". */
    static final List<Map.Entry<List<String>, Comparison>> COMPARISON_WORDS = List.of(
            w(Comparison.LE, "no", "more", "than"), w(Comparison.LE, "not", "more", "than"),
            w(Comparison.GE, "no", "less", "than"), w(Comparison.GE, "not", "less", "than"),
            w(Comparison.GE, "no", "fewer", "than"), w(Comparison.GE, "not", "fewer", "than"),
            w(Comparison.GT, "more", "than"), w(Comparison.GT, "greater", "than"), w(Comparison.GT, "higher", "than"),
            w(Comparison.GT, "larger", "than"), w(Comparison.GE, "at", "least"), w(Comparison.LT, "less", "than"),
            w(Comparison.LT, "fewer", "than"), w(Comparison.LT, "lower", "than"), w(Comparison.LT, "smaller", "than"),
            w(Comparison.LE, "at", "most"), w(Comparison.LE, "up", "to"), w(Comparison.GT, "over"),
            w(Comparison.GT, "above"), w(Comparison.GT, "exceeding"), w(Comparison.LT, "under"),
            w(Comparison.LT, "below"));

    /** Comparison signs, longest first. */
    static final List<Map.Entry<String, Comparison>> COMPARISON_SIGNS = List.of(
            Map.entry(">=", Comparison.GE), Map.entry("=>", Comparison.GE), Map.entry("<=", Comparison.LE),
            Map.entry("=<", Comparison.LE), Map.entry("≥", Comparison.GE), Map.entry("≤", Comparison.LE),
            Map.entry(">", Comparison.GT), Map.entry("<", Comparison.LT), Map.entry("=", Comparison.EQ));

    private QuantityWords() {
    }

    /** A number with an optional attached scale ({@code 10k}, {@code 1.5bn}), or null when the word is none. */
    static BigDecimal number(String word) {
        Matcher m = NUMBER.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches() || "%".equals(m.group(2))) {
            return null;
        }
        BigDecimal v = decimal(m.group(1));
        return m.group(2) == null ? v : v.multiply(SCALE_SUFFIXES.get(m.group(2)));
    }

    /** Whether the word is a number with an attached percent sign ({@code 5%}); {@link #number} of it without. */
    static BigDecimal percent(String word) {
        Matcher m = NUMBER.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches() || !"%".equals(m.group(2))) {
            return null;
        }
        return decimal(m.group(1));
    }

    /** A number or a number with a scale word or suffix, as written in a {@code value:} range bound. */
    static BigDecimal bound(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 1) {
            return number(words[0]);
        }
        if (words.length == 2) {
            BigDecimal n = number(words[0]);
            BigDecimal scale = SCALE_WORDS.get(words[1].toLowerCase(Locale.ROOT));
            return n == null || scale == null ? null : n.multiply(scale);
        }
        return null;
    }

    static BigDecimal scaleWord(String word) {
        return SCALE_WORDS.get(word);
    }

    /** The index code of a unit as a query names it ({@code unit:yuan} means CNY), or the text when unknown. */
    static String unitCode(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        for (Unit u : UNITS) {
            if (u.words().equals(words)) {
                return u.code();
            }
        }
        for (Map.Entry<String, String> sign : CURRENCY_SIGNS) {
            if (sign.getKey().equals(text.strip())) {
                return sign.getValue();
            }
        }
        return text;
    }

    private static BigDecimal decimal(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    private static Unit u(String code, String... words) {
        return new Unit(List.of(words), code);
    }

    private static Map.Entry<List<String>, Comparison> w(Comparison c, String... words) {
        return Map.entry(List.of(words), c);
    }

    private static List<Unit> sortedLongestFirst(List<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt((Unit u) -> -u.words().size()));
        return List.copyOf(sorted);
    }
}
