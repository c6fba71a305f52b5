package dev.earshot.engine.json;

import java.util.List;
import java.util.Map;

/** Writes JSON literals, for code that builds small JSON documents by hand. */
public final class JsonLiteral {

    private JsonLiteral() {
    }

    /**
     * {@code value} as a JSON string literal with its quotes (quote, backslash and control characters escaped;
     * everything else, including non-ASCII text, kept as it is), or {@code null} for a null value.
     */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * {@code value} as JSON: a {@code Map} with string keys becomes an object (in the map's order), a
     * {@code List} an array, a {@code String} a string, a finite {@code Number} a number, a {@code Boolean} and
     * null themselves.
     *
     * @throws IllegalArgumentException for any other value, or a number that is NaN or infinite
     */
    public static String value(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String text) {
            out.append(string(text));
        } else if (value instanceof Number number) {
            if (!Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException("JSON has no value for the number " + number);
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(string(String.valueOf(entry.getKey()))).append(':');
                append(out, entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }
}
