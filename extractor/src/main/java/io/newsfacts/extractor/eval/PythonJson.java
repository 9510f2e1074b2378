package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON as Python's {@code json.dumps(x, ensure_ascii=False)} does (optionally with {@code indent=2}):
 * ", " and ": " separators, floats as Python's {@code repr}, so that this scorer's output reads like score.py's.
 */
public final class PythonJson {
    private PythonJson() {
    }

    /** One line, as {@code json.dumps(x, ensure_ascii=False)}. */
    public static String compact(JsonNode x) {
        StringBuilder b = new StringBuilder();
        write(b, x, -1, 0);
        return b.toString();
    }

    /** Indented by two spaces, as {@code json.dumps(x, indent=2, ensure_ascii=False)}. */
    public static String indented(JsonNode x) {
        StringBuilder b = new StringBuilder();
        write(b, x, 2, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, JsonNode x, int indent, int depth) {
        if (x == null || x.isNull() || x.isMissingNode()) {
            b.append("null");
        } else if (x.isTextual()) {
            string(b, x.textValue());
        } else if (x.isBoolean()) {
            b.append(x.booleanValue());
        } else if (x.isIntegralNumber()) {
            b.append(x.bigIntegerValue());
        } else if (x.isNumber()) {
            double d = x.doubleValue();
            b.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : floatRepr(d));
        } else if (x.isArray()) {
            if (x.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            for (int i = 0; i < x.size(); i++) {
                b.append(i == 0 ? "" : indent < 0 ? ", " : ",");
                newline(b, indent, depth + 1);
                write(b, x.get(i), indent, depth + 1);
            }
            newline(b, indent, depth);
            b.append(']');
        } else {
            if (x.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = x.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                b.append(first ? "" : indent < 0 ? ", " : ",");
                first = false;
                newline(b, indent, depth + 1);
                string(b, e.getKey());
                b.append(": ");
                write(b, e.getValue(), indent, depth + 1);
            }
            newline(b, indent, depth);
            b.append('}');
        }
    }

    private static void newline(StringBuilder b, int indent, int depth) {
        if (indent >= 0) {
            b.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Python's {@code repr(float)}: shortest digits, positional from 1e-4 up to 1e16, else d.ddde+XX. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal v = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = v.unscaledValue().toString();
        int decpt = digits.length() - v.scale(); // the decimal point sits after this many digits
        StringBuilder b = new StringBuilder(d < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+').append(String.format(Locale.ROOT, "%02d", Math.abs(exp)));
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }
}
