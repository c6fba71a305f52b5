package dev.earshot.server.enhance;

import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /v1/remove-noise}, read as JSON whatever its Content-Type ({@code curl -d} sends
 * {@code application/x-www-form-urlencoded}). Fields not listed here are ignored.
 *
 * @param fileId          a fileId from {@code /v1/upload}, or null when the input is a URL
 * @param inputUrl        the http(s) URL to fetch the input from, or null
 * @param outputExtension the requested output extension in normal form, or null for the default
 * @param outputUrl       where to PUT the result, or null
 */
record RemoveNoiseRequest(String fileId, String inputUrl, String outputExtension, String outputUrl) {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String USAGE = "the body must be a JSON object such as {\"input\": \"<fileId or URL>\", "
            + "\"outputExtension\": \"mp3\", \"output\": \"<presigned PUT URL>\"}";

    static RemoveNoiseRequest parse(byte[] body, JsonMapper json) {
        if (body.length == 0) {
            throw EnhanceDoorException.badRequest("the body is empty; " + USAGE);
        }
        Map<?, ?> fields;
        try {
            Object value = json.readValue(body, Object.class);
            if (!(value instanceof Map<?, ?> map)) {
                throw EnhanceDoorException.badRequest(USAGE);
            }
            fields = map;
        } catch (JacksonException e) {
            throw EnhanceDoorException.badRequest("the body is not valid JSON (" + e.getOriginalMessage() + "); "
                    + USAGE);
        }
        String input = text(fields, "input");
        String fileId = text(fields, "fileId");
        if (input != null && fileId != null) {
            throw EnhanceDoorException.badRequest("give either input or fileId, not both");
        }
        String source = input != null ? input : fileId;
        if (source == null || source.isBlank()) {
            throw EnhanceDoorException.badRequest("input is required: a fileId from /v1/upload or an http(s) URL");
        }
        String output = text(fields, "output");
        return new RemoveNoiseRequest(isUrl(source) ? null : source.strip(), isUrl(source) ? source.strip() : null,
                outputExtension(text(fields, "outputExtension")), output == null || output.isBlank() ? null
                : output.strip());
    }

    private static boolean isUrl(String source) {
        return source.contains("://") || source.toLowerCase(Locale.ROOT).startsWith("http");
    }

    private static String outputExtension(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String extension = Extensions.normal(given);
        if (extension == null || !Extensions.OUTPUTS.contains(extension)) {
            throw EnhanceDoorException.badRequest("outputExtension '" + given + "' is not supported; use one of "
                    + String.join(", ", Extensions.OUTPUTS));
        }
        return extension;
    }

    private static String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw EnhanceDoorException.badRequest(name + " must be a string");
    }
}
