package dev.earshot.engine.error;

import java.time.Duration;

/**
 * A decode that did not finish within its time bound. It is an {@link UndecodableAudioException} so callers that
 * only care whether the input could be used need one catch; callers that want to tell "took too long" apart
 * (e.g. to answer 504 instead of 422) catch this type first.
 */
public class DecodeTimeoutException extends UndecodableAudioException {

    private final Duration timeout;

    public DecodeTimeoutException(String source, Duration timeout) {
        super(source, "decoding timed out after " + timeout.toMillis() + " ms");
        this.timeout = timeout;
    }

    /** The time bound that was exceeded. */
    public Duration timeout() {
        return timeout;
    }
}
