package io.newsfacts.extractor.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Currency, percent, time and measure units, as token sequences with their normalised unit. */
final class Units {
    /** A unit written as one or more lower-cased tokens. */
    record Unit(List<String> tokens, String code) {
    }

    /** Currency symbols and codes written before the number ("$20m", "RMB 800 million", "€5"). */
    static final Map<String, String> CURRENCY_PREFIX = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("hk$", "HKD"),
            Map.entry("a$", "AUD"), Map.entry("c$", "CAD"), Map.entry("s$", "SGD"), Map.entry("nt$", "TWD"),
            Map.entry("¥", "CNY"), Map.entry("￥", "CNY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("jpy", "JPY"), Map.entry("hkd", "HKD"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
            Map.entry("inr", "INR"), Map.entry("₹", "INR"), Map.entry("chf", "CHF"), Map.entry("aud", "AUD"),
            Map.entry("cad", "CAD"), Map.entry("₩", "KRW"), Map.entry("krw", "KRW"), Map.entry("₽", "RUB"));

    /** Currency words and codes written after the number, longest first. */
    static final List<Unit> CURRENCY_SUFFIX = List.of(
            u("USD", "us", "dollars"), u("USD", "us", "dollar"), u("USD", "u.s.", "dollars"),
            u("HKD", "hong", "kong", "dollars"), u("AUD", "australian", "dollars"), u("CAD", "canadian", "dollars"),
            u("SGD", "singapore", "dollars"), u("TWD", "taiwan", "dollars"), u("TWD", "new", "taiwan", "dollars"),
            u("CNY", "yuan"), u("CNY", "rmb"), u("CNY", "renminbi"), u("CNY", "cny"), u("USD", "dollars"),
            u("USD", "dollar"), u("USD", "usd"), u("EUR", "euros"), u("EUR", "euro"), u("EUR", "eur"),
            u("GBP", "pounds", "sterling"), u("GBP", "pounds"), u("GBP", "pound"), u("GBP", "gbp"),
            u("JPY", "yen"), u("JPY", "jpy"), u("KRW", "won"), u("INR", "rupees"), u("INR", "rupee"),
            u("RUB", "roubles"), u("RUB", "rubles"), u("CHF", "swiss", "francs"), u("HKD", "hkd"));

    static final List<Unit> PERCENT = List.of(
            u("pp", "percentage", "points"), u("pp", "percentage", "point"), u("%", "%"), u("%", "percent"),
            u("%", "per", "cent"), u("%", "pct"));

    /** Time units: a figure followed by one is a DURATION. */
    static final List<Unit> TIME = List.of(
            u("year", "years"), u("year", "year"), u("month", "months"), u("month", "month"),
            u("week", "weeks"), u("week", "week"), u("day", "days"), u("day", "day"), u("hour", "hours"),
            u("hour", "hour"), u("minute", "minutes"), u("minute", "minute"), u("second", "seconds"),
            u("decade", "decades"), u("decade", "decade"), u("century", "centuries"), u("hour", "hrs"));

    /** Words allowed between a number and its time unit ("4 consecutive months"). */
    static final List<String> TIME_MODIFIERS = List.of("consecutive", "straight", "successive", "full", "more",
            "long", "whole", "additional", "extra", "solid");

    static final List<Unit> MEASURE = List.of(
            u("square kilometre", "square", "kilometres"), u("square kilometre", "square", "kilometers"),
            u("square kilometre", "square", "kilometre"), u("square kilometre", "square", "kilometer"),
            u("square kilometre", "sq", "km"), u("square metre", "square", "metres"),
            u("square metre", "square", "meters"), u("square metre", "square", "metre"),
            u("square metre", "square", "meter"), u("square metre", "sq", "m"), u("square mile", "square", "miles"),
            u("cubic metre", "cubic", "metres"), u("cubic metre", "cubic", "meters"),
            u("ton", "metric", "tons"), u("ton", "metric", "tonnes"), u("ton", "tons"), u("ton", "tonnes"),
            u("ton", "ton"), u("ton", "tonne"), u("kilogram", "kilograms"), u("kilogram", "kilogrammes"),
            u("kilogram", "kg"), u("kilogram", "kilos"), u("gram", "grams"), u("gram", "g"),
            u("kilometre", "kilometres"), u("kilometre", "kilometers"), u("kilometre", "km"),
            u("metre", "metres"), u("metre", "meters"), u("centimetre", "centimetres"), u("centimetre", "cm"),
            u("mile", "miles"), u("hectare", "hectares"), u("hectare", "ha"), u("acre", "acres"),
            u("mu", "mu"), u("barrel", "barrels"), u("litre", "litres"), u("litre", "liters"),
            u("gallon", "gallons"), u("pound", "lbs"), u("megawatt", "megawatts"), u("megawatt", "mw"),
            u("gigawatt", "gigawatts"), u("kilowatt-hour", "kilowatt-hours"), u("kilowatt-hour", "kwh"),
            u("teu", "teu"), u("degree", "degrees"), u("foot", "feet"), u("inch", "inches"));

    private Units() {
    }

    private static Unit u(String code, String... tokens) {
        return new Unit(List.of(tokens), code);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
