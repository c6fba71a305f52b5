package dev.earshot.server.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form body read as PHP (and so Laravel) reads it: {@code services[]=a&services[]=b} and
 * {@code services[0]=a&services[1]=b} are arrays, a field sent once is a string.
 */
final class FormFields {

    private static final Pattern INDEXED = Pattern.compile("^([^\\[\\]]+)\\[(\\d*)]$");

    private FormFields() {
    }

    static Map<String, Object> of(Map<String, String[]> parameters) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> indexed = new LinkedHashMap<>();
        Map<String, List<String>> appended = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher array = INDEXED.matcher(name);
            if (!array.matches()) {
                fields.put(name, values[values.length - 1]);
            } else if (array.group(2).isEmpty()) {
                appended.computeIfAbsent(array.group(1), key -> new ArrayList<>()).addAll(List.of(values));
            } else {
                indexed.computeIfAbsent(array.group(1), key -> new TreeMap<>())
                        .put(Integer.parseInt(array.group(2)), values[values.length - 1]);
            }
        });
        indexed.forEach((name, items) -> fields.put(name, new ArrayList<>(items.values())));
        appended.forEach((name, items) -> fields.merge(name, items, (first, more) -> {
            List<Object> all = new ArrayList<>((List<?>) first);
            all.addAll((List<?>) more);
            return all;
        }));
        return fields;
    }
}
