package dev.earshot.engine.language.llm;

import dev.earshot.engine.error.EarshotException;

/**
 * The chat-completions endpoint failed: it answered with an error status, an answer without text, or not at all
 * (unreachable, timed out). The message names the endpoint URL (without user info) and the status, never the key.
 */
public class LlmEndpointException extends EarshotException {

    private final int status;
    private final boolean timedOut;

    LlmEndpointException(String message, int status, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.timedOut = timedOut;
    }

    /** The HTTP status the endpoint answered with, or 0 when it gave no HTTP answer. */
    public int status() {
        return status;
    }

    /** True when no whole answer came within the configured timeout. */
    public boolean timedOut() {
        return timedOut;
    }
}
