package dev.earshot.server.auth;

/** A user, project or key with the same unique name already exists. */
public class AlreadyExistsException extends IllegalArgumentException {
    AlreadyExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
