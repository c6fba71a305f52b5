package dev.earshot.server.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One schema violation as pydantic v1 reports it inside a FastAPI 422: where ({@code ["body", "name"]},
 * {@code ["body", "annotations", 3, "end_ms"]}, {@code ["path", "dataset_id"]}, {@code ["query", "page"]}), pydantic's
 * message and error type, and its context when the message names a limit.
 */
record FieldError(List<Object> loc, String msg, String type, Map<String, Object> ctx) {

    static FieldError missing(List<Object> loc) {
        return new FieldError(loc, "field required", "value_error.missing", null);
    }

    static FieldError of(List<Object> loc, String msg, String type) {
        return new FieldError(loc, msg, type, null);
    }

    /** A number outside a bound: {@code kind} is pydantic's {@code ge}, {@code gt}, {@code le} or {@code lt}. */
    static FieldError number(List<Object> loc, String kind, Number limit) {
        String words = switch (kind) {
            case "ge" -> "greater than or equal to";
            case "gt" -> "greater than";
            case "le" -> "less than or equal to";
            case "lt" -> "less than";
            default -> throw new IllegalArgumentException(kind);
        };
        return new FieldError(loc, "ensure this value is " + words + " " + limit, "value_error.number.not_" + kind,
                Map.of("limit_value", limit));
    }

    /** A string shorter than {@code min} characters or longer than {@code max}. */
    static FieldError length(List<Object> loc, boolean tooShort, int limit) {
        return new FieldError(loc, "ensure this value has " + (tooShort ? "at least " : "at most ") + limit
                + " characters", "value_error.any_str." + (tooShort ? "min_length" : "max_length"),
                Map.of("limit_value", limit));
    }

    /** A value that must be one of {@code permitted}. */
    static FieldError notPermitted(List<Object> loc, List<String> permitted) {
        return new FieldError(loc, "value is not a valid enumeration member; permitted: "
                + String.join(", ", permitted.stream().map(v -> "'" + v + "'").toList()), "type_error.enum",
                Map.of("enum_values", permitted));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("loc", loc);
        body.put("msg", msg);
        body.put("type", type);
        if (ctx != null) {
            body.put("ctx", ctx);
        }
        return body;
    }
}
