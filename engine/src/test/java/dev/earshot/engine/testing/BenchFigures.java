package dev.earshot.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures a benchmark step hands to its report: {@code key=value} lines, one file per step (the bench
 * scripts write the same format from the shell), the JSON the reports write, and the clean-up of a step's work
 * files.
 */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** Writes {@code figures} and the current load average to {@code out}, and echoes them to stdout. */
    public static void write(Path out, Map<String, Object> figures) throws IOException {
        StringBuilder lines = new StringBuilder();
        figures.put("load_average", Files.readString(Path.of("/proc/loadavg")).trim());
        figures.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        Files.writeString(out, lines, StandardCharsets.UTF_8);
        System.out.print(out.getFileName() + ":\n" + lines);
    }

    /**
     * Reads a {@code key=value} file: numbers as {@link Double}, empty values as null, anything else as text.
     * A later line with the same key wins.
     */
    public static Map<String, Object> read(Path file) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int at = line.indexOf('=');
            if (at > 0) {
                figures.put(line.substring(0, at), value(line.substring(at + 1)));
            }
        }
        return figures;
    }

    private static Object value(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Deletes {@code dir} and everything below it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Makes {@code dir} an empty folder, deleting what it held. */
    public static void recreate(Path dir) {
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A map of the given keys and values, in that order. */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Maps, lists, numbers (doubles to 5 significant digits), strings and null as indented JSON. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, "");
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, String indent) {
        String inner = indent + "  ";
        if (value instanceof Map<?, ?> map) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(inner).append(quote(entry.getKey().toString())).append(": ");
                append(out, entry.getValue(), inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                append(out, list.get(i), inner);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof Double number) {
            out.append(number.isNaN() || number.isInfinite() ? "null"
                    : new BigDecimal(number).round(new MathContext(5)).stripTrailingZeros().toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(quote(value.toString()));
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
