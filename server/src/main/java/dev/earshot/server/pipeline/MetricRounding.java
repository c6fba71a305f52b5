package dev.earshot.server.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds the times in a step's metrics to the millisecond, as the door documents: a number under a key
 * {@code start}, {@code end} or ending in {@code _seconds} or {@code _sec}, and every number of a list under a key
 * ending in {@code segments} or {@code ranges}, to 3 decimals; a number under a key ending in {@code _minutes} to 5
 * (0.6 ms). Other numbers (scores, ratios, counts) are left as the component gave them.
 */
final class MetricRounding {

    private MetricRounding() {
    }

    /** A copy of {@code metrics} with its times rounded; null stays null. */
    static Map<String, Object> of(Map<String, Object> metrics) {
        return metrics == null ? null : map(metrics);
    }

    /** Seconds rounded to the millisecond. */
    static Double seconds(Double value) {
        return value == null ? null : round(value, 1e3);
    }

    private static Map<String, Object> map(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(String.valueOf(key), value(String.valueOf(key), value)));
        return copy;
    }

    private static Object value(String key, Object value) {
        if (value instanceof Map<?, ?> nested) {
            return map(nested);
        }
        if (value instanceof List<?> list) {
            boolean times = key.endsWith("segments") || key.endsWith("ranges");
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(times ? time(item) : value(key, item)));
            return copy;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (key.equals("start") || key.equals("end") || key.endsWith("_seconds") || key.endsWith("_sec")) {
                return round(number, 1e3);
            }
            if (key.endsWith("_minutes")) {
                return round(number, 1e5);
            }
        }
        return value;
    }

    private static Object time(Object item) {
        if (item instanceof List<?> pair) {
            return pair.stream().map(MetricRounding::time).toList();
        }
        if (item instanceof Double || item instanceof Float) {
            return round(((Number) item).doubleValue(), 1e3);
        }
        return item instanceof Map<?, ?> nested ? map(nested) : item;
    }

    private static double round(double value, double scale) {
        return Double.isFinite(value) ? Math.round(value * scale) / scale : value;
    }
}
