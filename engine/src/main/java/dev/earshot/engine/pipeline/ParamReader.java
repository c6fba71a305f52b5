package dev.earshot.engine.pipeline;

import dev.earshot.engine.error.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one step's params (a map of plain Java values: String, Number, Boolean, List, Map, null) for a
 * component's params record. Every problem (wrong type, out of range, unknown key) is added to a shared
 * list instead of thrown, so a whole plan is checked before anything is reported. A value that fails
 * falls back to its default so reading can go on.
 */
public final class ParamReader {

    private final int stepIndex;
    private final String componentId;
    private final Map<String, ?> values;
    private final List<Problem> problems;
    private final Set<String> read = new LinkedHashSet<>();

    public ParamReader(int stepIndex, String componentId, Map<String, ?> values, List<Problem> problems) {
        this.stepIndex = stepIndex;
        this.componentId = componentId;
        this.values = values == null ? Map.of() : values;
        this.problems = problems;
    }

    /** A number in [min, max], or {@code fallback} when the key is absent or null. */
    public double number(String key, double fallback, double min, double max) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return problem(key, "must be a number, got " + describe(value), fallback);
        }
        double d = number.doubleValue();
        if (d < min || d > max) {
            return problem(key, "must be between " + min + " and " + max + ", got " + d, fallback);
        }
        return d;
    }

    /** A whole number in [min, max], or {@code fallback} when the key is absent or null. */
    public int integer(String key, int fallback, int min, int max) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            return (int) problem(key, "must be a whole number, got " + describe(value), fallback);
        }
        long l = number.longValue();
        if (l < min || l > max) {
            return (int) problem(key, "must be between " + min + " and " + max + ", got " + l, fallback);
        }
        return (int) l;
    }

    /** A boolean, or {@code fallback} when the key is absent or null. */
    public boolean bool(String key, boolean fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            problem(key, "must be true or false, got " + describe(value), 0);
            return fallback;
        }
        return b;
    }

    /**
     * A list of {@code [start, end]} pairs in seconds with 0 &lt;= start &lt; end; empty when absent or null.
     */
    public List<TimeRange> ranges(String key) {
        Object value = take(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list of [start, end] pairs, got " + describe(value), 0);
            return List.of();
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            TimeRange range = range(key + "[" + i + "]", list.get(i));
            if (range != null) {
                ranges.add(range);
            }
        }
        return List.copyOf(ranges);
    }

    /** A string, or {@code fallback} when the key is absent or null. */
    public String text(String key, String fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String s)) {
            problem(key, "must be a string, got " + describe(value), 0);
            return fallback;
        }
        return s;
    }

    /** One of {@code allowed} (compared exactly), or {@code fallback} when the key is absent or null. */
    public String choice(String key, String fallback, List<String> allowed) {
        String value = text(key, fallback);
        if (!allowed.contains(value)) {
            problem(key, "must be one of " + String.join(", ", allowed) + ", got " + describe(value), 0);
            return fallback;
        }
        return value;
    }

    /** A list of strings, each one of {@code allowed}; {@code fallback} when the key is absent or null. */
    public List<String> choices(String key, List<String> fallback, List<String> allowed) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(item -> item instanceof String s && allowed.contains(s))) {
            problem(key, "must be a non-empty list of " + String.join(", ", allowed) + ", got " + describe(value), 0);
            return fallback;
        }
        return list.stream().map(String.class::cast).distinct().toList();
    }

    /**
     * Reports a problem a component found itself, e.g. a rule across several values of one key. Reading goes
     * on; the plan is rejected with every problem at once.
     */
    public void reject(String key, String message) {
        problem(key, message, 0);
    }

    /** Reports every key that no read asked for. Call once, after the last read. */
    public void rejectUnknownKeys() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                problems.add(new Problem(stepIndex, componentId, key,
                        "unknown parameter" + (read.isEmpty() ? " (this component takes none)" : "; known: " + read)));
            }
        }
    }

    private TimeRange range(String field, Object item) {
        if (!(item instanceof List<?> pair) || pair.size() != 2
                || !(pair.get(0) instanceof Number start) || !(pair.get(1) instanceof Number end)) {
            problem(field, "must be a pair of numbers [start_sec, end_sec], got " + describe(item), 0);
            return null;
        }
        double s = start.doubleValue();
        double e = end.doubleValue();
        if (!Double.isFinite(s) || !Double.isFinite(e) || s < 0 || e <= s) {
            problem(field, "needs 0 <= start < end, got [" + s + ", " + e + "]", 0);
            return null;
        }
        return new TimeRange(s, e);
    }

    private Object take(String key) {
        read.add(key);
        return values.get(key);
    }

    private double problem(String key, String message, double fallback) {
        problems.add(new Problem(stepIndex, componentId, key, message));
        return fallback;
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(value);
    }
}
