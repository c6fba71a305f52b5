package dev.earshot.server.studio;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON request body read field by field as a pydantic v1 model would be: every violation is collected with its
 * {@code loc} (nested objects and list items included) and {@link #requireValid()} answers them all in one 422.
 * A body that is not JSON is the door's 400 "Invalid request format"; a JSON value that is not an object is
 * pydantic's {@code type_error.dict} at {@code ["body"]}. Fields the model does not name are ignored, as FastAPI does.
 */
final class BodyFields {

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d{1,18}");
    private final Map<String, Object> values;
    private final List<Object> loc;
    private final List<FieldError> errors;

    private BodyFields(Map<String, Object> values, List<Object> loc, List<FieldError> errors) {
        this.values = values;
        this.loc = loc;
        this.errors = errors;
    }

    /**
     * Parses a request body.
     *
     * @param optional true when the endpoint also takes no body at all (an empty body reads as {@code {}})
     */
    static BodyFields parse(byte[] body, JsonMapper json, boolean optional) {
        List<FieldError> errors = new ArrayList<>();
        List<Object> loc = List.of("body");
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            if (!optional) {
                errors.add(FieldError.missing(loc));
            }
            return new BodyFields(Map.of(), loc, errors);
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw StudioException.invalidFormat();
        }
        return of(parsed, loc, errors).orElseGet(() -> new BodyFields(Map.of(), loc, errors));
    }

    /** The object at {@code loc}, or empty with a {@code type_error.dict} recorded. */
    private static Optional<BodyFields> of(Object value, List<Object> loc, List<FieldError> errors) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, field) -> fields.put(String.valueOf(key), field));
            return Optional.of(new BodyFields(fields, loc, errors));
        }
        errors.add(FieldError.of(loc, value == null ? "none is not an allowed value" : "value is not a valid dict",
                value == null ? "type_error.none.not_allowed" : "type_error.dict"));
        return Optional.empty();
    }

    /** True when the field was sent with a value other than null. */
    boolean has(String name) {
        return values.get(name) != null;
    }

    List<Object> loc(String name) {
        List<Object> at = new ArrayList<>(loc);
        at.add(name);
        return List.copyOf(at);
    }

    void error(FieldError error) {
        errors.add(error);
    }

    /** Throws the door's 422 with every violation found so far, if there is any. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw StudioException.invalid(errors);
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** How many violations were found so far, in this body and every part of it. */
    int errorCount() {
        return errors.size();
    }

    /** A string of {@code min} to {@code max} characters; numbers are taken as their text, as pydantic v1 does. */
    Optional<String> string(String name, boolean required, int min, int max) {
        return present(name, required).flatMap(value -> {
            String text = value instanceof String s ? s
                    : value instanceof Number && !(value instanceof Boolean) ? String.valueOf(value) : null;
            if (text == null) {
                errors.add(FieldError.of(loc(name), "str type expected", "type_error.str"));
                return Optional.empty();
            }
            if (text.length() < min || text.length() > max) {
                errors.add(FieldError.length(loc(name), text.length() < min, text.length() < min ? min : max));
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    /** A whole number (a JSON integer, an integral float or a string of digits) within the bounds given. */
    Optional<Long> integer(String name, boolean required, Long ge, Long le) {
        return present(name, required).flatMap(value -> {
            Optional<Long> number = integerOf(value);
            if (number.isEmpty()) {
                errors.add(FieldError.of(loc(name), "value is not a valid integer", "type_error.integer"));
                return number;
            }
            if (ge != null && number.get() < ge) {
                errors.add(FieldError.number(loc(name), "ge", ge));
                return Optional.empty();
            }
            if (le != null && number.get() > le) {
                errors.add(FieldError.number(loc(name), "le", le));
                return Optional.empty();
            }
            return number;
        });
    }

    /** A number within {@code [ge, le]} (a JSON number or numeric string). */
    Optional<Double> number(String name, boolean required, double ge, double le) {
        return present(name, required).flatMap(value -> {
            Optional<Double> number = numberOf(value);
            if (number.isEmpty()) {
                errors.add(FieldError.of(loc(name), "value is not a valid float", "type_error.float"));
                return number;
            }
            if (number.get() < ge) {
                errors.add(FieldError.number(loc(name), "ge", wholeIfIntegral(ge)));
                return Optional.empty();
            }
            if (number.get() > le) {
                errors.add(FieldError.number(loc(name), "le", wholeIfIntegral(le)));
                return Optional.empty();
            }
            return number;
        });
    }

    /** A UUID, as its canonical lower-case text. */
    Optional<String> uuid(String name, boolean required) {
        return present(name, required).flatMap(value -> {
            Optional<String> id = value instanceof String text ? StudioIds.parse(text) : Optional.empty();
            if (id.isEmpty()) {
                errors.add(FieldError.of(loc(name), "value is not a valid uuid", "type_error.uuid"));
            }
            return id;
        });
    }

    /** An ISO 8601 date-time (a time without offset is UTC) or epoch seconds. */
    Optional<Instant> datetime(String name) {
        return present(name, false).flatMap(value -> {
            Optional<Instant> at = instantOf(value);
            if (at.isEmpty()) {
                errors.add(FieldError.of(loc(name), "invalid datetime format", "value_error.datetime"));
            }
            return at;
        });
    }

    /** A JSON object, kept as given. */
    Optional<Map<String, Object>> object(String name) {
        return present(name, false).flatMap(value -> of(value, loc(name), errors).map(fields -> fields.values));
    }

    /** A JSON object read field by field, its violations at {@code loc + [name, ...]}. */
    Optional<BodyFields> fields(String name, boolean required) {
        return present(name, required).flatMap(value -> of(value, loc(name), errors));
    }

    /** A list of strings. */
    Optional<List<String>> strings(String name) {
        return strings(name, false);
    }

    /** A list of strings, required or not. */
    Optional<List<String>> strings(String name, boolean required) {
        return list(name, required).map(items -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof String text) {
                    texts.add(text);
                } else {
                    errors.add(FieldError.of(item(name, i), "str type expected", "type_error.str"));
                }
            }
            return texts;
        });
    }

    /** A list of objects, each read on its own with its index in its {@code loc}. */
    Optional<List<BodyFields>> objects(String name, boolean required) {
        return list(name, required).map(items -> {
            List<BodyFields> objects = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                of(items.get(i), item(name, i), errors).ifPresent(objects::add);
            }
            return objects;
        });
    }

    private Optional<List<?>> list(String name, boolean required) {
        return present(name, required).flatMap(value -> {
            if (value instanceof List<?> items) {
                return Optional.of(items);
            }
            errors.add(FieldError.of(loc(name), "value is not a valid list", "type_error.list"));
            return Optional.empty();
        });
    }

    private List<Object> item(String name, int index) {
        List<Object> at = new ArrayList<>(loc(name));
        at.add(index);
        return List.copyOf(at);
    }

    private Optional<Object> present(String name, boolean required) {
        Object value = values.get(name);
        if (value == null && required) {
            errors.add(values.containsKey(name)
                    ? FieldError.of(loc(name), "none is not an allowed value", "type_error.none.not_allowed")
                    : FieldError.missing(loc(name)));
        }
        return Optional.ofNullable(value);
    }

    private static Optional<Long> integerOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e18) {
            return Optional.of(d.longValue());
        }
        if (value instanceof String text && INTEGER_TEXT.matcher(text.strip()).matches()) {
            return Optional.of(Long.parseLong(text.strip()));
        }
        return Optional.empty();
    }

    private static Optional<Double> numberOf(Object value) {
        if (value instanceof Number number && !(value instanceof Boolean)) {
            return finite(number.doubleValue());
        }
        if (value instanceof String text) {
            try {
                return finite(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> finite(double value) {
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Instant> instantOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(Instant.ofEpochSecond(((Number) value).longValue()));
        }
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    private static Number wholeIfIntegral(double value) {
        return value == Math.rint(value) ? (Number) (long) value : (Number) value;
    }
}
