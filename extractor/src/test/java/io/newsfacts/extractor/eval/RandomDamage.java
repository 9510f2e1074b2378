package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damages perfect predictions at random (seeded): spans moved, kinds and types changed, values, units, phrases,
 * references and warnings altered, items dropped, added and garbled. The result is what the scorers compare on.
 */
final class RandomDamage {
    private static final String[] KINDS = {"COUNT", "PERCENT", "MONEY", "QUANTITY", "DURATION", "count", " Money ",
        "RATIO", ""};
    private static final String[] TYPES = {"PERSON", "ORGANIZATION", "PLACE", "DATE", "person", " Place", "EVENT"};
    private static final String[] SUBTYPES = {"AGENCY", "COMPANY", "CITY", "PROVINCE", "COUNTRY", "REGION", "OTHER",
        "city", ""};
    private static final String[] WORDS = {"cases", "case", "suspects", "suspect's", "were", "arrested", "arrest",
        "seized", "seizing", "the", "a", "of", "fraud", "boxes", "box", "people", "person", "studies", "study",
        "carried", "carry", "out", "stopped", "stop", "January", "September", "this", "year", "year-on-year", "year",
        "on", "increase", "decrease", "more", "than", "about", "up", "to", "na\u00efve", "caf\u00e9s", "data_set",
        "\u2167", "\u00b2", "\ud835\udcb3s", "\u2018quoted\u2019", "\"gangs\"", "ties", "dies", "has", "been", "cut"};

    private final Random random;
    private final Map<String, GoldDocument> golds;

    RandomDamage(long seed, Map<String, GoldDocument> golds) {
        this.random = new Random(seed);
        this.golds = golds;
    }

    /** Damaged copies of the predictions, some dropped, some duplicated or renamed. */
    List<ObjectNode> damage(List<ObjectNode> perfect) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode p0 : perfect) {
            if (chance(0.08)) continue;
            ObjectNode p = p0.deepCopy();
            String text = golds.get(p.get("id").asText()).text();
            damageFigures(p, text);
            damageEntities(p, text);
            damageWarnings(p, text);
            if (chance(0.1)) p.put("id", "batch/" + p.get("id").asText());
            if (chance(0.05)) p.remove("source");
            out.add(p);
            if (chance(0.05)) out.add(p.deepCopy());
        }
        if (chance(0.3)) out.add((ObjectNode) ScoreJson.NODES.objectNode().put("id", "stranger"));
        return out;
    }

    private void damageFigures(ObjectNode p, String text) {
        ArrayNode figs = (ArrayNode) p.get("figures");
        List<String> ids = new ArrayList<>();
        figs.forEach(f -> ids.add(f.get("id").asText()));
        for (int i = figs.size() - 1; i >= 0; i--) {
            if (chance(0.1)) figs.remove(i);
        }
        for (JsonNode n : figs) {
            ObjectNode f = (ObjectNode) n;
            if (chance(0.15)) moveSpan(f, text);
            if (chance(0.1)) f.put("kind", pick(KINDS));
            if (chance(0.15)) damageValue(f);
            if (chance(0.1)) f.put("unit", pick(new String[] {"cny", " USD ", "%", "month", "km"}));
            if (chance(0.1)) f.put("qualifier", pick(new String[] {"more than", "More  Than!", "about", "up to"}));
            for (String key : new String[] {"counted", "predicate", "period"}) {
                if (chance(0.25)) phraseField(f, key, text);
            }
            if (chance(0.1)) f.put("of", ids.isEmpty() || chance(0.3) ? "nope" : pick(ids.toArray(new String[0])));
            if (chance(0.1)) f.put("partOf", ids.isEmpty() || chance(0.3) ? null : pick(ids.toArray(new String[0])));
            if (chance(0.1)) {
                if (chance(0.3)) {
                    f.put("change", pick(new String[] {"increase", "decrease"}));
                } else {
                    f.putObject("change").put("direction", pick(new String[] {"increase", " Increase", "decrease"}))
                            .put("basis", chance(0.5) ? "year-on-year" : "year on year");
                }
            }
        }
        if (chance(0.4)) figs.add(randomItem(text).put("id", "r" + random.nextInt(99)).put("kind", pick(KINDS))
                .put("value", random.nextInt(2000)));
    }

    private void damageValue(ObjectNode f) {
        JsonNode v = f.get("value");
        switch (random.nextInt(5)) {
            case 0 -> f.putNull("value");
            case 1 -> f.put("value", v.isNumber() ? v.doubleValue() * (1 + 5e-7) : 1.0);
            case 2 -> f.put("value", v.isNumber() ? v.doubleValue() * 10 : 2.0);
            case 3 -> f.put("value", "12");
            default -> f.put("value", true);
        }
    }

    private void phraseField(ObjectNode f, String key, String text) {
        String phrase = randomPhrase();
        switch (random.nextInt(5)) {
            case 0 -> f.putNull(key);
            case 1 -> f.put(key, phrase);
            case 2 -> f.putObject(key).put("text", phrase).put("lemma", randomPhrase());
            case 3 -> f.set(key, randomItem(text)); // a real span of the text
            default -> f.putObject(key).put("text", phrase).put("start", 0).put("end", phrase.length()); // often wrong
        }
    }

    private String randomPhrase() {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) b.append(i > 0 ? " " : "").append(pick(WORDS));
        return b.toString();
    }

    private void damageEntities(ObjectNode p, String text) {
        ArrayNode ents = (ArrayNode) p.get("entities");
        for (int i = ents.size() - 1; i >= 0; i--) {
            if (chance(0.1)) ents.remove(i);
        }
        for (JsonNode n : ents) {
            ObjectNode e = (ObjectNode) n;
            if (chance(0.15)) moveSpan(e, text);
            if (chance(0.1)) e.put("type", pick(TYPES));
            if (chance(0.15)) e.put("subtype", pick(SUBTYPES));
        }
        for (int i = random.nextInt(3); i > 0; i--) ents.add(randomItem(text).put("type", pick(TYPES)));
        if (chance(0.1)) ents.add("not an object");
    }

    private void damageWarnings(ObjectNode p, String text) {
        ArrayNode ws = (ArrayNode) p.get("warnings");
        if (chance(0.3)) ws.removeAll();
        if (chance(0.3)) ws.add(randomItem(text).put("code", pick(new String[] {"MALFORMED_NUMBER", "other"})));
        if (chance(0.1)) ws.addObject().put("code", "ARTICLE").put("message", "no span");
        for (JsonNode w : ws) {
            if (w.has("start") && chance(0.2)) moveSpan((ObjectNode) w, text);
        }
    }

    /** Moves a span by a little; half the time the text follows (a valid span elsewhere), else it is stale. */
    private void moveSpan(ObjectNode x, String text) {
        int s = x.get("start").asInt() + random.nextInt(5) - 2;
        int e = x.get("end").asInt() + random.nextInt(5) - 2;
        x.put("start", s).put("end", e);
        if (chance(0.5) && 0 <= s && s <= e && e <= text.length() && whole(text, s) && whole(text, e)) {
            x.put("text", text.substring(s, e));
        }
    }

    private ObjectNode randomItem(String text) {
        int s = random.nextInt(text.length());
        int e = Math.min(text.length(), s + 1 + random.nextInt(20));
        if (!whole(text, s)) s--;
        if (!whole(text, e)) e++;
        return ScoreJson.NODES.objectNode().put("start", s).put("end", e).put("text", text.substring(s, e));
    }

    /** Not between the two halves of a surrogate pair (texts with lone surrogates cannot be written as UTF-8). */
    private static boolean whole(String text, int i) {
        return i == 0 || i == text.length()
                || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] xs) {
        return xs[random.nextInt(xs.length)];
    }
}
