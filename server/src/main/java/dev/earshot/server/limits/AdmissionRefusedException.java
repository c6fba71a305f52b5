package dev.earshot.server.limits;

import java.time.Duration;

/** No place was free within the wait time; the client should retry with backoff. */
public class AdmissionRefusedException extends RuntimeException {

    private final Duration wait;

    public AdmissionRefusedException(int capacity, Duration wait) {
        super("the server is busy: " + capacity + " requests are already running and none finished within "
                + wait.toMillis() + " ms; retry with backoff");
        this.wait = wait;
    }

    /** A sensible Retry-After, in whole seconds (at least 1). */
    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
