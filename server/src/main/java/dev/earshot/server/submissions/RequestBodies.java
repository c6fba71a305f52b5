package dev.earshot.server.submissions;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input of a request as Laravel sees it: a JSON body's object, else the form fields (urlencoded or multipart,
 * PHP array syntax included, see {@link FormFields}). A body that is not valid JSON, or not a JSON object, is no
 * input at all, so its fields are reported missing as Laravel reports them.
 */
@Component
class RequestBodies {

    private final JsonMapper json;

    RequestBodies(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> read(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") && !type.contains("+json")) {
            return FormFields.of(request.getParameterMap());
        }
        try {
            byte[] bytes = request.getInputStream().readAllBytes();
            Object parsed = bytes.length == 0 ? Map.of() : json.readValue(bytes, Object.class);
            Map<String, Object> fields = new LinkedHashMap<>();
            if (parsed instanceof Map<?, ?> map) {
                map.forEach((key, value) -> fields.put(String.valueOf(key), value));
            }
            return fields;
        } catch (JacksonException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Laravel's "filled": not null and not a blank string. */
    static boolean blank(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    /** Laravel's integer rule: a whole JSON number or a string of digits. */
    static Optional<Long> integer(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof String text && text.strip().matches("[+-]?\\d{1,18}")) {
            return Optional.of(Long.parseLong(text.strip()));
        }
        return Optional.empty();
    }
}
