package dev.earshot.engine.json;

/** Writes JSON string literals, for code that builds small JSON documents by hand. */
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
}
