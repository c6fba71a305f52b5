package dev.earshot.engine.pipeline;

import dev.earshot.engine.error.PipelineCancelledException;

/**
 * Lets a caller stop a run: by a deadline, by {@link #cancel()}, or by interrupting the running thread.
 * Components call {@link StepContext#checkpoint()} between blocks, which checks this.
 */
public final class Cancellation {

    private final long deadlineNanos;
    private volatile boolean cancelled;

    private Cancellation(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Never times out; can still be cancelled. */
    public static Cancellation none() {
        return new Cancellation(Long.MAX_VALUE);
    }

    /** Times out {@code millis} milliseconds from now (1 or more). */
    public static Cancellation afterMillis(long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms, got " + millis);
        }
        return new Cancellation(System.nanoTime() + millis * 1_000_000L);
    }

    public void cancel() {
        cancelled = true;
    }

    /** True once {@link #cancel()} was called (a passed deadline or an interrupt does not count). */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link PipelineCancelledException} if the run should stop. */
    public void check() {
        if (cancelled) {
            throw new PipelineCancelledException("the run was cancelled");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new PipelineCancelledException("the run was interrupted");
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new PipelineCancelledException("the run passed its time limit");
        }
    }
}
