package dev.earshot.server.ingest;

import org.springframework.http.HttpStatus;

/**
 * A request the ingestion door turns away: the HTTP status, a stable error code and a message a user can act on.
 * Written as {@code {"error": {"code": ..., "message": ...}}} by {@link IngestErrors}.
 */
final class IngestException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private IngestException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static IngestException badRequest(String code, String message) {
        return new IngestException(HttpStatus.BAD_REQUEST, code, message);
    }

    static IngestException invalidParameter(String message) {
        return badRequest("invalid_parameter", message);
    }

    static IngestException unauthorized(String message) {
        return new IngestException(HttpStatus.UNAUTHORIZED, "unauthorized", message);
    }

    static IngestException notFound(String message) {
        return new IngestException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    static IngestException notReady(String message) {
        return conflict("not_ready", message);
    }

    static IngestException conflict(String code, String message) {
        return new IngestException(HttpStatus.CONFLICT, code, message);
    }

    static IngestException tooLarge(String message) {
        return new IngestException(HttpStatus.CONTENT_TOO_LARGE, "file_too_large", message);
    }

    static IngestException unsupportedMedia(String message) {
        return new IngestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", message);
    }

    static IngestException notAvailable(String message) {
        return new IngestException(HttpStatus.NOT_IMPLEMENTED, "not_available", message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
