package dev.earshot.engine.error;

/** Root of every error the engine raises on purpose. Subclasses carry the context a caller needs. */
public class EarshotException extends RuntimeException {

    public EarshotException(String message) {
        super(message);
    }

    public EarshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
