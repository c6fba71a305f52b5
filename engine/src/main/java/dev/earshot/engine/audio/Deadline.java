package dev.earshot.engine.audio;

import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.EarshotException;
import java.time.Duration;

/** A wall-clock time bound for one decode, also honouring thread interruption. */
final class Deadline {

    private final Duration timeout;
    private final long start = System.nanoTime();
    private final long budgetNanos;

    Deadline(Duration timeout) {
        this.timeout = timeout;
        this.budgetNanos = saturatedNanos(timeout);
    }

    /** Throws if the time is up or the thread was interrupted. */
    void check(String displayName) {
        if (Thread.currentThread().isInterrupted()) {
            throw new EarshotException("decoding '" + displayName + "' was interrupted");
        }
        if (System.nanoTime() - start > budgetNanos) {
            throw new DecodeTimeoutException(displayName, timeout);
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
