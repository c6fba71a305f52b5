package dev.earshot.engine.language.translate;

import dev.earshot.engine.error.EarshotException;

/**
 * A system tool (Apertium) that failed: it exited with an error or did not finish within its time limit. The
 * message names the command and the start of what the tool wrote to standard error, never the text it was given.
 */
public class ToolFailedException extends EarshotException {

    private final boolean timedOut;

    ToolFailedException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when the tool was stopped because it ran past its time limit. */
    public boolean timedOut() {
        return timedOut;
    }
}
