package dev.earshot.server.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error body of each front door, and which door a path belongs to. Every error a door answers, its own or the
 * framework's, is written in its door's shape, always as JSON whatever the request's {@code Accept} said.
 */
public enum DoorShape {

    /** Seed 000: {@code {"error": {"code", "message"}}}. */
    INGEST(List.of("/v1/audio", "/v1/jobs")),
    /** Seed 003: {@code {"error": "..."}}. */
    ENHANCE(List.of("/v1/upload", "/v1/remove-noise", "/v1/dl", "/v1/wss")),
    /** Seed 004, a FastAPI service: {@code {"detail": ...}}. */
    PIPELINE(List.of("/v1/audio_engine", "/v1/response", "/blobs")),
    /** Seed 002, a FastAPI service under {@code /api/v1}: {@code {"detail": ...}}. */
    STUDIO(List.of("/api/v1/auth", "/api/v1/datasets", "/api/v1/training-jobs", "/api/v1/inference-jobs",
            "/api/v1/models")),
    /** Seed 001, a Laravel API: {@code {"message": "..."}}; every other path under {@code /api}. */
    SUBMISSIONS(List.of("/api")),
    /** Paths of no door (the console, actuator): {@code {"status", "message"}}. */
    EARSHOT(List.of());

    /** The order of a door's own exception table: before the fallback every door shares. */
    public static final int DOOR_TABLE_ORDER = 0;

    private final List<String> prefixes;

    DoorShape(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The door a request path belongs to, by its leading path segments; {@link #EARSHOT} for none. */
    public static DoorShape of(String path) {
        String p = path == null ? "" : path;
        for (DoorShape shape : values()) {
            for (String prefix : shape.prefixes) {
                if (p.equals(prefix) || p.startsWith(prefix + "/")) {
                    return shape;
                }
            }
        }
        return EARSHOT;
    }

    /** The JSON response with this door's body for {@code status} and {@code message} (a sentence, or a list). */
    public ResponseEntity<Object> response(HttpStatusCode status, Object message) {
        return response(status, message, HttpHeaders.EMPTY);
    }

    /** As {@link #response(HttpStatusCode, Object)}, with extra headers (Allow, Retry-After, WWW-Authenticate). */
    public ResponseEntity<Object> response(HttpStatusCode status, Object message, HttpHeaders headers) {
        return json(status, headers, body(status, message));
    }

    /** A seed 000 error with the door's own {@code code} instead of the one its status implies. */
    public static ResponseEntity<Object> ingest(HttpStatusCode status, String code, String message,
                                                HttpHeaders headers) {
        return json(status, headers, ingestBody(code, message));
    }

    private static ResponseEntity<Object> json(HttpStatusCode status, HttpHeaders headers, Object body) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Map<String, Object> ingestBody(String code, Object message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        return body;
    }

    /** This door's body; the seed 000 code is {@link #ingestCode} of the status. */
    public Map<String, Object> body(HttpStatusCode status, Object message) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (this) {
            case INGEST -> body.putAll(ingestBody(ingestCode(status.value()), message));
            case ENHANCE -> body.put("error", message);
            case PIPELINE, STUDIO -> body.put("detail", message);
            case SUBMISSIONS -> body.put("message", message);
            case EARSHOT -> {
                body.put("status", status.value());
                body.put("message", message);
            }
        }
        return body;
    }

    /** The stable seed 000 error code of a status the framework answers. */
    static String ingestCode(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "file_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? "internal_error" : "invalid_request";
        };
    }
}
