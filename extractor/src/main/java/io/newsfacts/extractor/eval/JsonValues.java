package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * score.py's view of JSON values: {@code obj.get(key)} (absent and null alike), {@code isinstance} checks, Python
 * truthiness, {@code str()} and {@code repr()}. Predictions may be any JSON, so nothing here assumes a shape.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** {@code obj.get(key)}: null when {@code obj} is not an object, the key is absent or its value is null. */
    static JsonNode get(JsonNode obj, String key) {
        if (obj == null || !obj.isObject()) return null;
        JsonNode v = obj.get(key);
        return v == null || v.isNull() ? null : v;
    }

    /** {@code key in obj} (true for an explicit null too). */
    static boolean has(JsonNode obj, String key) {
        return obj != null && obj.isObject() && obj.has(key);
    }

    static boolean isObject(JsonNode x) {
        return x != null && x.isObject();
    }

    /** The value as a string when it is one ({@code isinstance(x, str)}), else null. */
    static String str(JsonNode x) {
        return x != null && x.isTextual() ? x.textValue() : null;
    }

    /** {@code obj.get(key)} when it is a string, else null. */
    static String string(JsonNode obj, String key) {
        return str(get(obj, key));
    }

    /** {@code is_int}: a JSON integer (booleans are not numbers in JSON). */
    static boolean isInt(JsonNode x) {
        return x != null && x.isIntegralNumber();
    }

    /** {@code is_number}: an integer or a finite float. */
    static boolean isNumber(JsonNode x) {
        return x != null && x.isNumber() && (x.isIntegralNumber() || Double.isFinite(x.doubleValue()));
    }

    /** An integer as a long, clamped (offsets that large are out of any text anyway). */
    static long asLong(JsonNode x) {
        if (x.canConvertToLong()) return x.longValue();
        return x.bigIntegerValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code bool(x)} in Python. */
    static boolean truthy(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) return false;
        if (x.isBoolean()) return x.booleanValue();
        if (x.isNumber()) return x.isIntegralNumber() ? x.bigIntegerValue().signum() != 0 : x.doubleValue() != 0;
        if (x.isTextual()) return !x.textValue().isEmpty();
        return x.size() > 0;
    }

    /** {@code text_of}: a nested field given as a plain string or as an object with "text". */
    static String textOf(JsonNode x) {
        if (x == null) return null;
        if (x.isTextual()) return x.textValue();
        return x.isObject() ? string(x, "text") : null;
    }

    /** {@code first_present}: the first of the keys whose value is not null. */
    static JsonNode firstPresent(JsonNode obj, String... keys) {
        for (String k : keys) {
            JsonNode v = get(obj, k);
            if (v != null) return v;
        }
        return null;
    }

    /** {@code change_direction}: change.direction, or change itself when it is a string. */
    static String changeDirection(JsonNode obj) {
        JsonNode c = get(obj, "change");
        if (c != null && c.isObject()) return string(c, "direction");
        return str(c);
    }

    /** {@code change_basis}: change.basis, else a top-level basis. */
    static String changeBasis(JsonNode obj) {
        JsonNode c = get(obj, "change");
        if (c != null && c.isObject() && string(c, "basis") != null) return string(c, "basis");
        return string(obj, "basis");
    }

    /** {@code norm_label}: a string stripped and upper-cased, else null. */
    static String normLabel(JsonNode x) {
        String s = str(x);
        return s == null ? null : PyText.upper(PyText.strip(s));
    }

    /** The elements of a JSON array, or none (for {@code obj.get(key) or []} on a list). */
    static List<JsonNode> list(JsonNode x) {
        List<JsonNode> out = new ArrayList<>();
        if (x != null && x.isArray()) x.forEach(out::add);
        return out;
    }

    /** {@code str(x)} in Python. */
    static String pyStr(JsonNode x) {
        return x != null && x.isTextual() ? x.textValue() : repr(x);
    }

    /** {@code repr(x)} in Python of a JSON value as Python's json module reads it. */
    static String repr(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode()) return "None";
        if (x.isTextual()) return PyText.repr(x.textValue());
        if (x.isBoolean()) return x.booleanValue() ? "True" : "False";
        if (x.isIntegralNumber()) return x.bigIntegerValue().toString();
        if (x.isNumber()) return PythonJson.floatRepr(x.doubleValue());
        StringBuilder b = new StringBuilder();
        if (x.isArray()) {
            b.append('[');
            for (int i = 0; i < x.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(repr(x.get(i)));
            }
            return b.append(']').toString();
        }
        b.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = x.fields();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!first) b.append(", ");
            first = false;
            b.append(PyText.repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Python's {@code str()} of an integer offset (an arbitrary-precision int). */
    static String intText(JsonNode x) {
        BigInteger v = x.bigIntegerValue();
        return v.toString();
    }
}
