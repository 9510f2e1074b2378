package io.newsfacts.extractor.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Currencies as written in English news: symbols ("$", "€", "₡"), ISO 4217 codes ("USD", "CNY"), names with an
 * optional country ("yuan", "turkish lira", "swiss francs"), country-qualified dollar signs ("HK$", "hk $",
 * "C$", "Mex$", "nzd$"), minor units ("cents", "pence") and glued forms ("100元", "USD115", "30 MUSD").
 * A currency whose country is not given and that several countries use ("francs", "pesos") has no ISO code.
 */
final class Currencies {
    /** A currency as written: its ISO code (null when the text does not say which one) and whether it is a minor unit. */
    record Currency(String iso, boolean minor) {
    }

    /** Symbols (one token); "$" alone is read as US dollars, the usual meaning in English news. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("hk$", "HKD"), Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("s$", "SGD"),
            Map.entry("nt$", "TWD"), Map.entry("nz$", "NZD"), Map.entry("r$", "BRL"), Map.entry("mex$", "MXN"),
            Map.entry("¥", "CNY"), Map.entry("￥", "CNY"), Map.entry("元", "CNY"), Map.entry("円", "JPY"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("₽", "RUB"), Map.entry("₺", "TRY"), Map.entry("₴", "UAH"), Map.entry("₦", "NGN"),
            Map.entry("₱", "PHP"), Map.entry("฿", "THB"), Map.entry("₫", "VND"), Map.entry("₪", "ILS"),
            Map.entry("₡", "CRC"), Map.entry("₾", "GEL"), Map.entry("₭", "LAK"), Map.entry("₮", "MNT"),
            Map.entry("₲", "PYG"), Map.entry("₵", "GHS"), Map.entry("₸", "KZT"), Map.entry("₼", "AZN"),
            Map.entry("৳", "BDT"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("rmb", "CNY"));

    /** Words before "$" that say whose dollar it is ("hk $ 10", "cad$ 15", "u.s $ 100"). */
    private static final Map<String, String> DOLLAR_QUALIFIERS = Map.ofEntries(
            Map.entry("us", "USD"), Map.entry("u.s", "USD"), Map.entry("u.s.", "USD"), Map.entry("usd", "USD"),
            Map.entry("hk", "HKD"), Map.entry("hkd", "HKD"), Map.entry("c", "CAD"), Map.entry("ca", "CAD"),
            Map.entry("can", "CAD"), Map.entry("cad", "CAD"), Map.entry("a", "AUD"), Map.entry("au", "AUD"),
            Map.entry("aud", "AUD"), Map.entry("nz", "NZD"), Map.entry("nzd", "NZD"), Map.entry("s", "SGD"),
            Map.entry("sgd", "SGD"), Map.entry("nt", "TWD"), Map.entry("twd", "TWD"), Map.entry("mex", "MXN"),
            Map.entry("mxn", "MXN"), Map.entry("r", "BRL"), Map.entry("brl", "BRL"));

    /**
     * ISO 4217 codes read as currencies before or after a number. Codes that are also English words ("ALL",
     * "TOP", "CUP", "TRY", "MOP") are left out: "ALL 5 solutions" is no money.
     */
    static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "HKD", "TWD", "SGD", "AUD",
            "NZD", "CAD", "CHF", "SEK", "NOK", "DKK", "ISK", "RUB", "INR", "PKR", "LKR", "NPR", "BDT", "KRW", "KPW",
            "THB", "VND", "MYR", "IDR", "PHP", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "EGP",
            "MAD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "ILS", "IRR", "IQD", "JOD", "TND", "DZD", "PLN", "CZK",
            "HUF", "RON", "BGN", "HRK", "RSD", "UAH", "BYN", "KZT", "UZS", "GEL", "AMD", "AZN", "MNT", "LAK", "KHR",
            "MMK", "CRC", "GHS", "ETB", "TZS", "UGX", "XOF", "XAF", "ESP", "FRF", "DEM", "ITL");

    /** Codes that are also common abbreviations before numbers ("PHP 8", "CAD 3"): currencies only after them. */
    private static final Set<String> NOT_BEFORE_NUMBERS = Set.of("PHP", "CAD", "MAD", "PEN", "ETB", "AMD", "BGN");

    /** Currency names after a number, each as lower-cased tokens, longest first. */
    private static final List<Units.Unit> NAMES = buildNames();

    /** Minor units, valued as written ("50 cents" is 50): no ISO code says which currency they divide. */
    private static final Set<String> MINOR = Set.of("cent", "cents", "pence", "penny", "pennies", "sen", "paise",
            "kopecks", "kopeks", "centimes", "fen", "jiao", "p");

    private Currencies() {
    }

    private static List<Units.Unit> buildNames() {
        List<Units.Unit> out = new ArrayList<>();
        // "" for a currency that several countries use: no ISO code without the country
        Map<String, String> plain = new HashMap<>(Map.ofEntries(
                Map.entry("dollar", "USD"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
                Map.entry("euro", "EUR"), Map.entry("pound", "GBP"), Map.entry("yen", "JPY"), Map.entry("won", "KRW"),
                Map.entry("rupee", "INR"), Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"),
                Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"),
                Map.entry("dirham", "AED"), Map.entry("riyal", "SAR"), Map.entry("shekel", "ILS"),
                Map.entry("naira", "NGN"), Map.entry("zloty", "PLN"), Map.entry("forint", "HUF"),
                Map.entry("koruna", "CZK"), Map.entry("lari", "GEL"), Map.entry("hryvnia", "UAH"),
                Map.entry("tenge", "KZT"), Map.entry("taka", "BDT"), Map.entry("cedi", "GHS"),
                Map.entry("rand", "ZAR"), Map.entry("peseta", "ESP"), Map.entry("lira", ""),
                Map.entry("franc", ""), Map.entry("peso", ""), Map.entry("dinar", ""),
                Map.entry("shilling", ""), Map.entry("krona", ""), Map.entry("krone", ""),
                Map.entry("kip", "LAK"), Map.entry("dong", "VND"), Map.entry("real", "")));
        // plurals; "real" and "dong" alone are too often other words: only with a country
        Map<String, String> plurals = Map.ofEntries(
                Map.entry("dollars", "dollar"), Map.entry("euros", "euro"), Map.entry("pounds", "pound"),
                Map.entry("rupees", "rupee"), Map.entry("roubles", "rouble"), Map.entry("rubles", "ruble"),
                Map.entry("dirhams", "dirham"), Map.entry("riyals", "riyal"), Map.entry("shekels", "shekel"),
                Map.entry("zlotys", "zloty"), Map.entry("forints", "forint"), Map.entry("rands", "rand"),
                Map.entry("pesetas", "peseta"), Map.entry("lire", "lira"), Map.entry("liras", "lira"),
                Map.entry("francs", "franc"), Map.entry("pesos", "peso"), Map.entry("dinars", "dinar"),
                Map.entry("shillings", "shilling"), Map.entry("kronor", "krona"), Map.entry("kroner", "krone"),
                Map.entry("reais", "real"), Map.entry("reals", "real"), Map.entry("shekalim", "shekel"),
                Map.entry("cedis", "cedi"), Map.entry("nairas", "naira"), Map.entry("tenges", "tenge"));
        Map<String, String[]> countries = Map.ofEntries(
                Map.entry("us", new String[] {"dollar", "USD"}), Map.entry("u.s.", new String[] {"dollar", "USD"}),
                Map.entry("american", new String[] {"dollar", "USD"}),
                Map.entry("canadian", new String[] {"dollar", "CAD"}),
                Map.entry("australian", new String[] {"dollar", "AUD"}),
                Map.entry("singapore", new String[] {"dollar", "SGD"}),
                Map.entry("taiwan", new String[] {"dollar", "TWD"}),
                Map.entry("chinese", new String[] {"yuan", "CNY"}),
                Map.entry("japanese", new String[] {"yen", "JPY"}),
                Map.entry("british", new String[] {"pound", "GBP"}),
                Map.entry("egyptian", new String[] {"pound", "EGP"}),
                Map.entry("indian", new String[] {"rupee", "INR"}),
                Map.entry("pakistani", new String[] {"rupee", "PKR"}),
                Map.entry("nepalese", new String[] {"rupee", "NPR"}),
                Map.entry("russian", new String[] {"rouble", "RUB"}),
                Map.entry("swiss", new String[] {"franc", "CHF"}), Map.entry("french", new String[] {"franc", "FRF"}),
                Map.entry("turkish", new String[] {"lira", "TRY"}),
                Map.entry("italian", new String[] {"lira", "ITL"}),
                Map.entry("mexican", new String[] {"peso", "MXN"}),
                Map.entry("philippine", new String[] {"peso", "PHP"}),
                Map.entry("argentine", new String[] {"peso", "ARS"}),
                Map.entry("chilean", new String[] {"peso", "CLP"}),
                Map.entry("colombian", new String[] {"peso", "COP"}),
                Map.entry("brazilian", new String[] {"real", "BRL"}),
                Map.entry("swedish", new String[] {"krona", "SEK"}),
                Map.entry("norwegian", new String[] {"krone", "NOK"}),
                Map.entry("danish", new String[] {"krone", "DKK"}),
                Map.entry("kenyan", new String[] {"shilling", "KES"}),
                Map.entry("kuwaiti", new String[] {"dinar", "KWD"}),
                Map.entry("iraqi", new String[] {"dinar", "IQD"}),
                Map.entry("jordanian", new String[] {"dinar", "JOD"}),
                Map.entry("serbian", new String[] {"dinar", "RSD"}),
                Map.entry("vietnamese", new String[] {"dong", "VND"}),
                Map.entry("korean", new String[] {"won", "KRW"}),
                Map.entry("georgian", new String[] {"lari", "GEL"}),
                Map.entry("polish", new String[] {"zloty", "PLN"}),
                Map.entry("south african", new String[] {"rand", "ZAR"}),
                Map.entry("hong kong", new String[] {"dollar", "HKD"}),
                Map.entry("new zealand", new String[] {"dollar", "NZD"}),
                Map.entry("new taiwan", new String[] {"dollar", "TWD"}),
                Map.entry("south korean", new String[] {"won", "KRW"}),
                Map.entry("costa rican", new String[] {"colon", "CRC"}),
                Map.entry("lao", new String[] {"kip", "LAK"}), Map.entry("saudi", new String[] {"riyal", "SAR"}),
                Map.entry("uae", new String[] {"dirham", "AED"}),
                Map.entry("israeli", new String[] {"shekel", "ILS"}),
                Map.entry("nigerian", new String[] {"naira", "NGN"}));
        for (Map.Entry<String, String[]> c : countries.entrySet()) {
            String name = c.getValue()[0];
            String iso = c.getValue()[1];
            String[] country = c.getKey().split(" ");
            for (String form : forms(name, plurals)) {
                String[] tokens = new String[country.length + 1];
                System.arraycopy(country, 0, tokens, 0, country.length);
                tokens[country.length] = form;
                out.add(new Units.Unit(List.of(tokens), iso));
            }
        }
        out.add(new Units.Unit(List.of("bucks"), "USD"));
        out.add(new Units.Unit(List.of("quid"), "GBP"));
        out.add(new Units.Unit(List.of("pounds", "sterling"), "GBP"));
        out.add(new Units.Unit(List.of("pound", "sterling"), "GBP"));
        out.add(new Units.Unit(List.of("costa", "rican", "colones"), "CRC"));
        out.add(new Units.Unit(List.of("u.s", "dollars"), "USD"));
        out.add(new Units.Unit(List.of("u.s", "dollar"), "USD"));
        for (Map.Entry<String, String> p : plain.entrySet()) {
            if (p.getKey().equals("real") || p.getKey().equals("dong")) continue;
            for (String form : forms(p.getKey(), plurals)) {
                out.add(new Units.Unit(List.of(form), p.getValue().isEmpty() ? null : p.getValue()));
            }
        }
        for (String code : CODES) {
            out.add(new Units.Unit(List.of(code.toLowerCase(Locale.ROOT)), code.equals("RMB") ? "CNY" : code));
        }
        out.sort(Comparator.comparingInt((Units.Unit u) -> -u.tokens().size()).thenComparing(u -> u.tokens().toString()));
        return List.copyOf(out);
    }

    private static List<String> forms(String singular, Map<String, String> plurals) {
        List<String> out = new ArrayList<>();
        out.add(singular);
        for (Map.Entry<String, String> p : plurals.entrySet()) {
            if (p.getValue().equals(singular)) out.add(p.getKey());
        }
        return out;
    }

    /** Currency names after a number ("dollars", "swiss francs", "usd"), longest first; codes may be null. */
    static List<Units.Unit> names() {
        return NAMES;
    }

    /** The currency of a symbol or code written before a number ("$", "€", "RMB", "USD"), or null. */
    static Currency prefix(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        String iso = SYMBOLS.get(w);
        if (iso != null) return new Currency(iso, false);
        String up = token.toUpperCase(Locale.ROOT);
        if (CODES.contains(up) && (token.equals(up) || token.equals(w)) && !NOT_BEFORE_NUMBERS.contains(up)) {
            return new Currency(up.equals("RMB") ? "CNY" : up, false);
        }
        if (w.equals("sen")) return new Currency(null, true);
        return null;
    }

    /** A symbol written after a number ("10 €", "100 ₡"); "$" and letter codes are not read this way here. */
    static String suffixSymbol(String token) {
        if (token.length() != 1 || Character.isLetter(token.charAt(0)) && !token.equals("元") && !token.equals("円")
                || Character.isDigit(token.charAt(0))) {
            return null;
        }
        return SYMBOLS.get(token);
    }

    /** The ISO code a word before "$" gives the dollar ("hk" → HKD, "c" → CAD), or null. */
    static String dollarQualifier(String token) {
        return DOLLAR_QUALIFIERS.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code token} is a minor currency unit ("cents", "pence"). */
    static boolean isMinor(String token) {
        return MINOR.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A currency code with a scale glued before it ("MUSD"): the multiplier and the ISO code. */
    record ScaledCode(BigDecimal multiplier, String iso) {
    }

    /**
     * A scaled code glued to its scale ("MUSD" = million US dollars, "KEUR" = thousand euros): the multiplier and
     * the ISO code, or null.
     */
    static ScaledCode scaledCode(String token) {
        if (token.length() != 4) return null;
        String code = token.substring(1);
        if (!CODES.contains(code) || !code.equals(code.toUpperCase(Locale.ROOT))) return null;
        BigDecimal m = switch (token.charAt(0)) {
            case 'M' -> new BigDecimal("1000000");
            case 'K', 'k' -> new BigDecimal("1000");
            case 'B' -> new BigDecimal("1000000000");
            default -> null;
        };
        return m == null ? null : new ScaledCode(m, code);
    }
}
