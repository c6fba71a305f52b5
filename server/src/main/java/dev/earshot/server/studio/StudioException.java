package dev.earshot.server.studio;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the studio door turns away, answered {@code {"detail": ...}} as the FastAPI service it stands in for:
 * a sentence, or for a 422 pydantic v1's list of {@link FieldError}s.
 */
final class StudioException extends RuntimeException {

    private final HttpStatus status;
    private final transient Object detail;

    private StudioException(HttpStatus status, String message, Object detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    static StudioException of(HttpStatus status, String detail) {
        return new StudioException(status, detail, detail);
    }

    /** 401: no key, an unknown, revoked or malformed one, or one past its expiry. */
    static StudioException unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, detail);
    }

    /** 403: a valid key whose scopes do not allow the action. */
    static StudioException forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, detail);
    }

    /** 404 in Relay's words, e.g. {@code notFound("Dataset")} is "Dataset not found". */
    static StudioException notFound(String resource) {
        return of(HttpStatus.NOT_FOUND, resource + " not found");
    }

    /** 400: a state rule (a published set is locked, a file not uploaded yet), in one sentence. */
    static StudioException badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, detail);
    }

    /** 400 for a body that is not JSON at all, in Relay's words. */
    static StudioException invalidFormat() {
        return badRequest("Invalid request format");
    }

    /** 422 with every schema violation found. */
    static StudioException invalid(List<FieldError> errors) {
        return new StudioException(HttpStatus.UNPROCESSABLE_CONTENT, errors.get(0).msg(),
                errors.stream().map(FieldError::body).toList());
    }

    HttpStatus status() {
        return status;
    }

    Object detail() {
        return detail;
    }
}
