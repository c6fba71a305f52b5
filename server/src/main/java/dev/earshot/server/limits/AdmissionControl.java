package dev.earshot.server.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many heavy requests run at once on this node. A caller waits up to a fixed time for a place and
 * is turned away (the door answers 429) when none frees up.
 */
public final class AdmissionControl {

    private final Semaphore places;
    private final int capacity;
    private final Duration wait;

    /**
     * @param capacity requests allowed at once, 1 or more
     * @param wait     longest wait for a place; zero means do not wait
     */
    public AdmissionControl(int capacity, Duration wait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.places = new Semaphore(capacity, true);
        this.capacity = capacity;
        this.wait = wait;
    }

    /** Takes a place, waiting up to the configured time; the returned permit must be closed exactly once. */
    public Permit enter() {
        try {
            if (!places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new AdmissionRefusedException(capacity, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdmissionRefusedException(capacity, wait);
        }
        return new Permit(places);
    }

    /** Requests running now. */
    public int inFlight() {
        return capacity - places.availablePermits();
    }

    public int capacity() {
        return capacity;
    }

    /** A held place; closing it more than once has no further effect. */
    public static final class Permit implements AutoCloseable {

        private final Semaphore places;
        private boolean released;

        private Permit(Semaphore places) {
            this.places = places;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                places.release();
            }
        }
    }
}
