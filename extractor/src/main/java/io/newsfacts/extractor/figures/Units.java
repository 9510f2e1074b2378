package io.newsfacts.extractor.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Percent, time and measure units, as token sequences with their normalised unit name. */
final class Units {
    /** A unit written as one or more lower-cased tokens; {@code code} is its normalised name (may be null). */
    record Unit(List<String> tokens, String code) {
    }

    static final List<Unit> PERCENT = longestFirst(List.of(
            u("pp", "percentage", "points"), u("pp", "percentage", "point"), u("%", "%"), u("%", "％"),
            u("%", "percent"), u("%", "per", "cent"), u("%", "pct"), u("%", "pc"), u("%", "percentage")));

    /** Time units: a figure followed by one is a DURATION. */
    static final List<Unit> TIME = longestFirst(List.of(
            u("year", "years"), u("year", "year"), u("year", "yrs"), u("month", "months"), u("month", "month"),
            u("week", "weeks"), u("week", "week"), u("day", "days"), u("day", "day"), u("hour", "hours"),
            u("hour", "hour"), u("hour", "hrs"), u("hour", "hr"), u("minute", "minutes"), u("minute", "minute"),
            u("minute", "mins"), u("second", "seconds"), u("second", "second"), u("second", "secs"),
            u("second", "sec"), u("decade", "decades"),
            u("decade", "decade"), u("quarter", "quarters"), u("century", "centuries"), u("century", "century"), u("night", "nights"),
            u("week", "fortnights")));

    /** Words allowed between a number and its time unit ("4 consecutive months", "twenty working days"). */
    static final List<String> TIME_MODIFIERS = List.of("consecutive", "straight", "successive", "full", "more",
            "long", "whole", "additional", "extra", "solid", "working", "business", "calendar", "school", "trading",
            "sunny", "rainy");

    static final List<Unit> MEASURE = longestFirst(measures());

    private Units() {
    }

    private static List<Unit> measures() {
        List<Unit> out = new ArrayList<>();
        // each entry: normalised name, then the spellings (space-separated tokens)
        String[][] table = {
            {"square kilometre", "square kilometres", "square kilometers", "square kilometre", "square kilometer",
                "sq km", "km2", "km²", "sq. km"},
            {"square metre", "square metres", "square meters", "square metre", "square meter", "sq m", "m2", "m²"},
            {"square mile", "square miles", "square mile", "sq mi"},
            {"square foot", "square feet", "square foot", "sq ft"},
            {"cubic metre per second", "cubic metres per second", "cubic meters per second", "m3/s"},
            {"cubic metre", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³"},
            {"tonne", "metric tons", "metric tonnes", "tons", "tonnes", "ton", "tonne", "t"},
            {"kilogram", "kilograms", "kilogrammes", "kilogram", "kg", "kgs", "kilos", "kilo"},
            {"gram", "grams", "gram", "g"},
            {"milligram", "milligrams", "milligram", "mg"},
            {"jin", "jin", "catties", "catty"},
            {"kilometre per hour", "kilometres per hour", "kilometers per hour", "km/h", "kph", "kmh"},
            {"mile per hour", "miles per hour", "mph"},
            {"kilometre", "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms"},
            {"metre", "metres", "meters", "metre", "meter"},
            {"centimetre", "centimetres", "centimeters", "centimetre", "centimeter", "cm"},
            {"millimetre", "millimetres", "millimeters", "millimetre", "millimeter", "mm"},
            {"mile", "miles", "mile"},
            {"foot", "feet", "foot", "ft"},
            {"inch", "inches", "inch"},
            {"yard", "yards"},
            {"hectare", "hectares", "hectare", "ha"},
            {"acre", "acres", "acre"},
            {"mu", "mu"},
            {"barrel", "barrels", "barrel"},
            {"litre", "litres", "liters", "litre", "liter", "l"},
            {"millilitre", "millilitres", "milliliters", "millilitre", "milliliter", "ml"},
            {"gallon", "gallons", "gallon"},
            {"pound", "lbs", "lb", "pounds", "pound"},
            {"ounce", "ounces", "oz"},
            {"kilowatt-hour", "kilowatt-hours", "kilowatt-hour", "kilowatt hours", "kilowatt hour", "kwh"},
            {"megawatt-hour", "megawatt-hours", "megawatt hours", "mwh"},
            {"kilowatt", "kilowatts", "kilowatt", "kw"},
            {"megawatt", "megawatts", "megawatt", "mw"},
            {"gigawatt", "gigawatts", "gigawatt", "gw"},
            {"megajoule", "megajoules", "megajoule", "mj"},
            {"teu", "teu", "teus"},
            {"°C", "°c", "℃", "° c", "degrees celsius", "degree celsius", "degrees centigrade", "deg c"},
            {"°F", "°f", "℉", "° f", "degrees fahrenheit", "degree fahrenheit"},
            {"degree", "degrees"},
            {"basis point", "basis points", "basis point", "bps", "bp"},
            {"gigabyte", "gigabytes", "gb"},
            {"megabyte", "megabytes", "mb"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                out.add(new Unit(List.of(row[i].split(" ")), row[0]));
            }
        }
        return out;
    }

    private static List<Unit> longestFirst(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units);
        out.sort(Comparator.comparingInt((Unit x) -> -x.tokens().size()));
        return List.copyOf(out);
    }

    private static Unit u(String code, String... tokens) {
        return new Unit(List.of(tokens), code);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
