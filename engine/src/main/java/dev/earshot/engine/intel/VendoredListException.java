package dev.earshot.engine.intel;

import dev.earshot.engine.error.EarshotException;

/** A vendored word list that is missing from the engine jar, unreadable or altered. Earshot is at fault. */
public class VendoredListException extends EarshotException {

    public VendoredListException(String message) {
        super(message);
    }

    public VendoredListException(String message, Throwable cause) {
        super(message, cause);
    }
}
