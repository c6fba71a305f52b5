package dev.earshot.engine.speech;

import dev.earshot.engine.error.EarshotException;

/** A speech model that cannot be found, verified, extracted or loaded. Earshot, not the request, is at fault. */
public class SpeechModelException extends EarshotException {

    public SpeechModelException(String message) {
        super(message);
    }

    public SpeechModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
