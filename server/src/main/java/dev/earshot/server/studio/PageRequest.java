package dev.earshot.server.studio;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Relay's pagination: {@code page} (1-indexed, default 1) and {@code page_size} (1 to 100, default 20) from the
 * query, answered as {@code {items, total, page, page_size, has_more}}. Bad values are FastAPI's 422 at
 * {@code ["query", name]}.
 */
record PageRequest(int page, int pageSize) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    static PageRequest of(HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        int page = read(request, "page", 1, 1, Integer.MAX_VALUE, errors);
        int size = read(request, "page_size", DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw StudioException.invalid(errors);
        }
        return new PageRequest(page, size);
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }

    Map<String, Object> body(List<?> items, long total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", total);
        body.put("page", page);
        body.put("page_size", pageSize);
        body.put("has_more", offset() + items.size() < total);
        return body;
    }

    private static int read(HttpServletRequest request, String name, int otherwise, int min, int max,
                            List<FieldError> errors) {
        String text = request.getParameter(name);
        if (text == null) {
            return otherwise;
        }
        List<Object> loc = List.of("query", name);
        if (!WHOLE.matcher(text.strip()).matches()) {
            errors.add(FieldError.of(loc, "value is not a valid integer", "type_error.integer"));
            return otherwise;
        }
        int value = Integer.parseInt(text.strip());
        if (value < min) {
            errors.add(FieldError.number(loc, "ge", min));
        } else if (value > max) {
            errors.add(FieldError.number(loc, "le", max));
        }
        return value;
    }
}
