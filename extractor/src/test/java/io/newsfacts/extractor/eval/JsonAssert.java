package io.newsfacts.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Compares two JSON trees: same keys in the same order, integers and floats kept apart, numbers by value. */
final class JsonAssert {
    private JsonAssert() {
    }

    static void assertSameJson(JsonNode expected, JsonNode actual, String what) {
        compare(expected, actual, what + ": $");
    }

    private static void compare(JsonNode e, JsonNode a, String at) {
        if (e.isNumber() && a.isNumber()) {
            assertEquals(e.isIntegralNumber(), a.isIntegralNumber(), at + ": int vs float: " + e + " / " + a);
            if (e.isIntegralNumber()) {
                assertEquals(e.bigIntegerValue(), a.bigIntegerValue(), at);
            } else {
                assertEquals(e.doubleValue(), a.doubleValue(), 0.0, at);
            }
            return;
        }
        assertEquals(e.getNodeType(), a.getNodeType(), at + ": " + e + " / " + a);
        if (e.isObject()) {
            assertEquals(names(e), names(a), at + " keys");
            e.fieldNames().forEachRemaining(k -> compare(e.get(k), a.get(k), at + "." + k));
        } else if (e.isArray()) {
            if (e.size() != a.size()) fail(at + ": " + e.size() + " items expected, " + a.size() + " found:\n" + e + "\n" + a);
            for (int i = 0; i < e.size(); i++) compare(e.get(i), a.get(i), at + "[" + i + "]");
        } else {
            assertEquals(e, a, at);
        }
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
