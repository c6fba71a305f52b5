package dev.earshot.server.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One label a dataset defines. Its name is the identifier annotations, training configs and detections use:
 * 1 to 64 characters of letters, digits, {@code _} and {@code -}, starting with a letter ({@value #NAME_PATTERN}),
 * unique within its dataset (case matters: {@code Glitch} and {@code glitch} are two types).
 *
 * @param description free text up to 500 characters, or null
 * @param color       a display colour as the client gives it (e.g. {@code #FF4444}), up to 32 characters, or null
 */
public record ArtifactType(String name, String description, String color) {

    public static final String NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_-]{0,63}$";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    /** Reads {@code artifact_types}: a list of at least one type with unique names. */
    static Optional<List<ArtifactType>> read(BodyFields body, boolean required) {
        Optional<List<BodyFields>> items = body.objects("artifact_types", required);
        if (items.isPresent() && items.get().isEmpty()) {
            body.error(new FieldError(body.loc("artifact_types"), "ensure this value has at least 1 items",
                    "value_error.list.min_items", Map.of("limit_value", 1)));
        }
        List<ArtifactType> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BodyFields item : items.orElse(List.of())) {
            Optional<String> name = item.string("name", true, 1, 64);
            if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
                item.error(new FieldError(item.loc("name"), "string does not match regex \"" + NAME_PATTERN + "\"",
                        "value_error.str.regex", Map.of("pattern", NAME_PATTERN)));
            } else if (name.isPresent() && !seen.add(name.get())) {
                item.error(FieldError.of(item.loc("name"), "artifact type names must be unique within a dataset: '"
                        + name.get() + "' is given twice", "value_error"));
            }
            String description = item.string("description", false, 0, 500).orElse(null);
            String color = item.string("color", false, 0, 32).orElse(null);
            name.ifPresent(n -> types.add(new ArtifactType(n, description, color)));
        }
        return items.map(given -> types);
    }

    /** As the door shows it: {@code description} and {@code color} only when set, as Relay's examples do. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        if (description != null) {
            view.put("description", description);
        }
        if (color != null) {
            view.put("color", color);
        }
        return view;
    }
}
