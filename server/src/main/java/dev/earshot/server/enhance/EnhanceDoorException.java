package dev.earshot.server.enhance;

import org.springframework.http.HttpStatus;

/** A refusal of the noise-removal door: its status and the message sent as {@code {"error": ...}}. */
class EnhanceDoorException extends RuntimeException {

    private final HttpStatus status;

    EnhanceDoorException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static EnhanceDoorException badRequest(String message) {
        return new EnhanceDoorException(HttpStatus.BAD_REQUEST, message);
    }

    static EnhanceDoorException unauthorized(String message) {
        return new EnhanceDoorException(HttpStatus.UNAUTHORIZED, message);
    }

    static EnhanceDoorException forbidden(String message) {
        return new EnhanceDoorException(HttpStatus.FORBIDDEN, message);
    }

    static EnhanceDoorException notFound(String message) {
        return new EnhanceDoorException(HttpStatus.NOT_FOUND, message);
    }

    static EnhanceDoorException tooLarge(String message) {
        return new EnhanceDoorException(HttpStatus.CONTENT_TOO_LARGE, message);
    }
}
