package io.newsfacts.indexer.bench;

import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Dateline;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.EntitySubtype;
import io.newsfacts.extractor.model.EntityType;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.FigureKind;
import io.newsfacts.extractor.model.Period;
import io.newsfacts.extractor.model.Predicate;
import io.newsfacts.extractor.model.Range;
import io.newsfacts.extractor.model.Source;
import io.newsfacts.extractor.model.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's articles, seeded and endless: replicas of real extracted articles (new ids; values scaled by a
 * random factor; period years shifted; place and agency names drawn afresh, so filters and facets spread) mixed
 * with generated Ministry-style releases whose agencies have parent chains and whose cities lie within provinces.
 * Half of the figures come from each, so free text keeps real news vocabulary and the filters have real shape.
 */
final class BenchArticles {
    static final String[][] PROVINCES = {
        {"Guangdong", "Guangzhou", "Shenzhen", "Dongguan", "Foshan"}, {"Fujian", "Fuzhou", "Xiamen", "Sanming",
            "Quanzhou"}, {"Zhejiang", "Hangzhou", "Ningbo", "Wenzhou"}, {"Jiangsu", "Nanjing", "Suzhou", "Wuxi"},
        {"Yunnan", "Kunming", "Dali", "Ruili"}, {"Sichuan", "Chengdu", "Mianyang", "Luzhou"}, {"Hunan", "Changsha",
            "Zhuzhou"}, {"Hubei", "Wuhan", "Yichang"}, {"Henan", "Zhengzhou", "Luoyang"}, {"Shandong", "Jinan",
            "Qingdao", "Yantai"}, {"Hebei", "Shijiazhuang", "Tangshan"}, {"Shaanxi", "Xi'an", "Baoji"},
        {"Guangxi", "Nanning", "Guilin", "Pingxiang"}, {"Hainan", "Haikou", "Sanya"}, {"Anhui", "Hefei", "Wuhu"},
        {"Jiangxi", "Nanchang", "Ganzhou"}, {"Liaoning", "Shenyang", "Dalian"}, {"Jilin", "Changchun", "Jilin"},
        {"Heilongjiang", "Harbin", "Qiqihar"}, {"Shanxi", "Taiyuan", "Datong"}, {"Guizhou", "Guiyang", "Zunyi"},
        {"Gansu", "Lanzhou", "Tianshui"}, {"Inner Mongolia", "Hohhot", "Baotou"}, {"Xinjiang", "Urumqi", "Kashgar"},
        {"Tibet", "Lhasa", "Shigatse"}, {"Qinghai", "Xining", "Golmud"}, {"Ningxia", "Yinchuan", "Shizuishan"}};

    /** An agency family: its unit in a city, in a province (or null), and nationally. {@code %s} is the name. */
    record Family(String city, String province, String national) {
    }

    static final Family[] FAMILIES = {
        new Family("%s Public Security Bureau", "%s Provincial Public Security Department",
                "Ministry of Public Security"),
        new Family("%s Customs", null, "General Administration of Customs"),
        new Family("%s People's Procuratorate", "%s Provincial People's Procuratorate",
                "Supreme People's Procuratorate"),
        new Family("%s Administration for Market Regulation", "%s Provincial Administration for Market Regulation",
                "State Administration for Market Regulation")};

    /** Something done to something counted: the kind, the predicate as written, its lemma, what was counted. */
    record Deed(FigureKind kind, String predicate, String lemma, String counted) {
    }

    static final Deed[] DEEDS = {
        new Deed(FigureKind.COUNT, "arrested", "arrest", "criminal suspects"),
        new Deed(FigureKind.COUNT, "arrested", "arrest", "drug traffickers"),
        new Deed(FigureKind.COUNT, "arrested", "arrest", "members of telecom fraud gangs"),
        new Deed(FigureKind.COUNT, "cracked", "crack", "telecom fraud cases"),
        new Deed(FigureKind.COUNT, "cracked", "crack", "criminal cases"),
        new Deed(FigureKind.COUNT, "cracked", "crack", "smuggling cases"),
        new Deed(FigureKind.COUNT, "solved", "solve", "pyramid selling cases"),
        new Deed(FigureKind.COUNT, "rescued", "rescue", "abducted children"),
        new Deed(FigureKind.COUNT, "rescued", "rescue", "trafficked women"),
        new Deed(FigureKind.COUNT, "detained", "detain", "illegal immigrants"),
        new Deed(FigureKind.COUNT, "dismantled", "dismantle", "criminal gangs"),
        new Deed(FigureKind.COUNT, "dismantled", "dismantle", "overseas fraud dens"),
        new Deed(FigureKind.COUNT, "prosecuted", "prosecute", "defendants in gambling cases"),
        new Deed(FigureKind.COUNT, "inspected", "inspect", "food factories"),
        new Deed(FigureKind.COUNT, "investigated", "investigate", "officials"),
        new Deed(FigureKind.COUNT, "seized", "seize", "illegal firearms"),
        new Deed(FigureKind.COUNT, "seized", "seize", "counterfeit phones"),
        new Deed(FigureKind.MONEY, "recovered", "recover", "economic losses"),
        new Deed(FigureKind.MONEY, "seized", "seize", "illegal proceeds"),
        new Deed(FigureKind.MONEY, "froze", "freeze", "funds involved in the cases"),
        new Deed(FigureKind.MONEY, "imposed", "impose", "fines"),
        new Deed(FigureKind.QUANTITY, "seized", "seize", "heroin"),
        new Deed(FigureKind.QUANTITY, "seized", "seize", "methamphetamine"),
        new Deed(FigureKind.QUANTITY, "intercepted", "intercept", "smuggled frozen meat"),
        new Deed(FigureKind.QUANTITY, "confiscated", "confiscate", "smuggled fuel"),
        new Deed(FigureKind.PERCENT, "rose", "rise", "the number of fraud cases"),
        new Deed(FigureKind.PERCENT, "fell", "fall", "the number of burglaries"),
        new Deed(FigureKind.PERCENT, "fell", "fall", "traffic deaths"),
        new Deed(FigureKind.PERCENT, "increased", "increase", "the value of seized goods")};

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final List<Article> real;
    private final Random random;
    private long realFigures;
    private long generatedFigures;
    private int nextReal;
    private long serial;

    BenchArticles(List<Article> real, long seed) {
        this.real = List.copyOf(real);
        this.random = new Random(seed);
    }

    /** Every agency name the generator uses (national, provincial and city units), for filter queries. */
    static List<String> agencies() {
        List<String> names = new ArrayList<>();
        for (Family f : FAMILIES) {
            names.add(f.national());
            for (String[] p : PROVINCES) {
                if (f.province() != null) {
                    names.add(String.format(Locale.ROOT, f.province(), p[0]));
                }
                for (int c = 1; c < p.length; c++) {
                    names.add(String.format(Locale.ROOT, f.city(), p[c]));
                }
            }
        }
        return names;
    }

    /** The next article: a replica of a real one, or a generated one, keeping the figures half and half. */
    Article next() {
        serial++;
        boolean replica = !real.isEmpty() && realFigures <= generatedFigures;
        Article a = replica ? replica(real.get(nextReal++ % real.size())) : generated();
        if (replica) {
            realFigures += a.figures().size();
        } else {
            generatedFigures += a.figures().size();
        }
        return a;
    }

    /**
     * The article's id prefix: its number, zero-padded, so that ids sort in the order articles are indexed, as the
     * relative paths of a folder walked in path order do (the CLI's ids).
     */
    private String id() {
        return String.format(Locale.ROOT, "%08d", serial);
    }

    // ---------------------------------------------------------------------------------------------- replicas

    private Article replica(Article a) {
        int shift = random.nextInt(10) - 5;
        double factor = Math.exp(Math.log(0.2) + random.nextDouble() * Math.log(25));
        Map<String, String> renamed = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Figure f : a.figures()) {
            Range range = f.range() == null ? null
                    : new Range(scale(f.range().from(), factor, f.kind()), scale(f.range().to(), factor, f.kind()));
            Period period = f.period() == null ? null : new Period(f.period().span(), shift(f.period().from(), shift),
                    shift(f.period().to(), shift));
            figures.add(new Figure(f.id(), f.kind(), f.span(), f.value() == null ? null : scale(f.value(), factor,
                    f.kind()), f.unit(), f.qualifier(), range, f.counted(), f.predicate(), period, f.place(),
                    f.agency(), f.change(), f.of(), f.partOf(), f.approximate(), f.sentence()));
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            String canonical = switch (e.type()) {
                case PLACE -> renamed.computeIfAbsent(e.canonical(), k -> e.subtype() == EntitySubtype.CITY
                        ? pick(pick(PROVINCES), 1) : pick(PROVINCES)[0]);
                case ORGANIZATION -> renamed.computeIfAbsent(e.canonical(), k -> {
                    Family f = FAMILIES[random.nextInt(FAMILIES.length)];
                    return String.format(Locale.ROOT, f.city(), pick(pick(PROVINCES), 1));
                });
                default -> e.canonical();
            };
            entities.add(new Entity(e.id(), e.type(), e.subtype(), e.span(), canonical, e.parent(), e.within(),
                    e.title(), e.role(), e.agency(), e.value()));
        }
        return new Article(id() + "/" + a.id(), a.source(), a.language(), a.text(), a.sentences(),
                a.dateline(), a.byline(), figures, entities, a.warnings());
    }

    private static BigDecimal scale(BigDecimal v, double factor, FigureKind kind) {
        BigDecimal scaled = v.multiply(BigDecimal.valueOf(factor));
        return kind == FigureKind.COUNT ? scaled.setScale(0, RoundingMode.HALF_UP)
                : scaled.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String shift(String iso, int years) {
        if (iso == null || iso.length() < 4 || !iso.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return iso;
        }
        return String.format(Locale.ROOT, "%04d", Integer.parseInt(iso.substring(0, 4)) + years) + iso.substring(4);
    }

    // ----------------------------------------------------------------------------------------------- generated

    /** An entity before ids: its span, kind, name and the keys of its parent and containing place. */
    private record Draft(Span span, EntityType type, EntitySubtype subtype, String canonical, String key,
            String parentKey, String withinKey) {
    }

    private Article generated() {
        int year = 2015 + random.nextInt(10);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String[] province = pick(PROVINCES);
        Family family = FAMILIES[random.nextInt(FAMILIES.length)];
        Text t = new Text();
        List<Draft> drafts = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        String capital = province[1];
        Span datelinePlace = t.add(capital);
        t.add(", " + MONTHS[month - 1] + " " + day);
        Span datelineSpan = t.span(datelinePlace.start(), t.length());
        t.add(" -- ");
        drafts.add(new Draft(datelinePlace, EntityType.PLACE, EntitySubtype.CITY, capital, "dateline", null, null));
        int count = 6 + random.nextInt(9);
        for (int i = 0; i < count; i++) {
            int sentenceStart = t.length();
            String city = province[1 + random.nextInt(province.length - 1)];
            Deed deed = DEEDS[random.nextInt(DEEDS.length)];
            String agencyName = String.format(Locale.ROOT, family.city(), city);
            String agencyKey = "a" + i;
            String cityKey = "c" + i;
            String provinceKey = "p" + i;
            String[] period = period(i == 0, year);
            Span figure;
            Span counted;
            Span predicate;
            Span place;
            Span periodSpan;
            BigDecimal value;
            String unit;
            if (deed.kind() == FigureKind.PERCENT) {
                t.add("In ");
                place = t.add(city);
                t.add(", ");
                Span prov = t.add(province[0]);
                t.add(", ");
                counted = t.add(deed.counted());
                t.add(" ");
                predicate = t.add(deed.predicate());
                t.add(" ");
                value = BigDecimal.valueOf(1 + random.nextInt(999), 1);
                figure = t.add(value.toPlainString() + "%");
                unit = "%";
                t.add(" year-on-year ");
                periodSpan = t.add(period[0]);
                t.add(", the ");
                Span agency = t.add(agencyName);
                t.add(" said.");
                drafts.add(new Draft(place, EntityType.PLACE, EntitySubtype.CITY, city, cityKey, null, provinceKey));
                drafts.add(new Draft(prov, EntityType.PLACE, EntitySubtype.PROVINCE, province[0], provinceKey, null,
                        null));
                drafts.add(new Draft(agency, EntityType.ORGANIZATION, EntitySubtype.AGENCY, agencyName, agencyKey,
                        family.province() != null ? "province-unit" : "national", null));
            } else {
                t.add("The ");
                Span agency = t.add(agencyName);
                t.add(" ");
                predicate = t.add(deed.predicate());
                t.add(" ");
                switch (deed.kind()) {
                    case MONEY -> {
                        counted = t.add(deed.counted());
                        t.add(" worth ");
                        value = BigDecimal.valueOf(1 + random.nextInt(9_999), 1);
                        boolean billions = random.nextInt(10) == 0;
                        figure = t.add(value.toPlainString() + (billions ? " billion" : " million") + " yuan");
                        value = value.multiply(BigDecimal.valueOf(billions ? 1_000_000_000 : 1_000_000));
                        unit = "CNY";
                    }
                    case QUANTITY -> {
                        value = BigDecimal.valueOf(1 + random.nextInt(99_999), 2);
                        figure = t.add(value.toPlainString() + " kilograms");
                        t.add(" of ");
                        counted = t.add(deed.counted());
                        unit = "kilogram";
                    }
                    default -> {
                        value = BigDecimal.valueOf((long) Math.exp(random.nextDouble() * Math.log(500_000)));
                        figure = t.add(String.format(Locale.ROOT, "%,d", value.longValue()));
                        t.add(" ");
                        counted = t.add(deed.counted());
                        unit = null;
                    }
                }
                t.add(" in ");
                place = t.add(city);
                t.add(", ");
                Span prov = t.add(province[0]);
                t.add(" ");
                periodSpan = t.add(period[0]);
                t.add(".");
                drafts.add(new Draft(agency, EntityType.ORGANIZATION, EntitySubtype.AGENCY, agencyName, agencyKey,
                        family.province() != null ? "province-unit" : "national", null));
                drafts.add(new Draft(place, EntityType.PLACE, EntitySubtype.CITY, city, cityKey, null, provinceKey));
                drafts.add(new Draft(prov, EntityType.PLACE, EntitySubtype.PROVINCE, province[0], provinceKey, null,
                        null));
            }
            sentences.add(t.span(sentenceStart, t.length()));
            figures.add(new Figure("f" + (i + 1), deed.kind(), figure, value, unit, null, null, counted,
                    new Predicate(predicate, deed.lemma()), new Period(periodSpan, period[1], period[2]), place,
                    agencyKey, null, null, null, false, i));
            t.add(" ");
        }
        int closing = t.length();
        t.add("The operations were directed by the ");
        if (family.province() != null) {
            String name = String.format(Locale.ROOT, family.province(), province[0]);
            drafts.add(new Draft(t.add(name), EntityType.ORGANIZATION, EntitySubtype.AGENCY, name, "province-unit",
                    "national", null));
            t.add(" and the ");
        }
        drafts.add(new Draft(t.add(family.national()), EntityType.ORGANIZATION, EntitySubtype.AGENCY,
                family.national(), "national", null, null));
        t.add(".");
        sentences.add(t.span(closing, t.length()));
        String text = t.toString();

        drafts.sort(Comparator.comparingInt(d -> d.span().start()));
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ids.put(drafts.get(i).key(), "e" + (i + 1));
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            entities.add(new Entity("e" + (i + 1), d.type(), d.subtype(), d.span(), d.canonical(),
                    d.parentKey() == null ? null : ids.get(d.parentKey()),
                    d.withinKey() == null ? null : ids.get(d.withinKey()), null, null, null, null));
        }
        List<Figure> linked = new ArrayList<>();
        for (Figure f : figures) {
            linked.add(new Figure(f.id(), f.kind(), f.span(), f.value(), f.unit(), f.qualifier(), f.range(),
                    f.counted(), f.predicate(), f.period(), f.place(), ids.get(f.agency()), f.change(), f.of(),
                    f.partOf(), f.approximate(), f.sentence()));
        }
        String id = id() + "/release";
        Source source = new Source("generated/" + id + ".txt", Long.toHexString(random.nextLong()), text.length(),
                "UTF-8");
        return new Article(id, source, "en", text, sentences, new Dateline(datelineSpan, capital,
                String.format(Locale.ROOT, "--%02d-%02d", month, day)), null, linked, entities, List.of());
    }

    /** A period phrase and its ISO bounds; the first of an article says "this year", which dates the article. */
    private String[] period(boolean thisYear, int year) {
        int m = 1 + random.nextInt(12);
        if (thisYear) {
            return new String[] {"from January to " + MONTHS[m - 1] + " this year", year + "-01",
                String.format(Locale.ROOT, "%d-%02d", year, m)};
        }
        int y = year - random.nextInt(3);
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"in " + y, String.valueOf(y), String.valueOf(y)};
            case 1 -> new String[] {"in the first half of " + y, y + "-01", y + "-06"};
            case 2 -> new String[] {"in " + MONTHS[m - 1] + " " + y, String.format(Locale.ROOT, "%d-%02d", y, m),
                String.format(Locale.ROOT, "%d-%02d", y, m)};
            default -> new String[] {"last year", String.valueOf(year - 1), String.valueOf(year - 1)};
        };
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private String pick(String[] province, int firstCity) {
        return province[firstCity + random.nextInt(province.length - firstCity)];
    }

    /** Builds an article's text and hands out the spans of what it appends. */
    private static final class Text {
        private final StringBuilder b = new StringBuilder();

        Span add(String s) {
            int start = b.length();
            b.append(s);
            return new Span(start, b.length(), s);
        }

        Span span(int start, int end) {
            return new Span(start, end, b.substring(start, end));
        }

        int length() {
            return b.length();
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
