package dev.earshot.server.limits;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request budget per subject counted the way Laravel's {@code RateLimiter} counts for {@code ThrottleRequests}:
 * a fixed window of {@code windowSeconds} that opens at the subject's first request (in whole Unix seconds) and
 * allows {@code limit} requests; a refused request is not counted, and the first request after the window has
 * closed opens the next one. In memory on this node; thread-safe, and exact under racing requests (each subject's
 * count changes under one lock).
 */
public final class FixedWindowLimit {

    /** Closed windows are dropped once this many hits have happened since the last sweep. */
    private static final long SWEEP_EVERY = 10_000;
    private final int limit;
    private final long windowSeconds;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong hitsSinceSweep = new AtomicLong();

    /**
     * @param limit         requests per window, 1 or more
     * @param windowSeconds length of a window in seconds, 1 or more
     * @param clock         the time windows are counted in
     */
    public FixedWindowLimit(int limit, long windowSeconds, Clock clock) {
        if (limit < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("a fixed-window limit needs at least 1 request in at least 1 second, "
                    + "got " + limit + " in " + windowSeconds + " s");
        }
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.clock = clock;
    }

    /** Counts one request of {@code subject} when its window has room, and says how it stands. */
    public Attempt hit(String subject) {
        long now = clock.instant().getEpochSecond();
        sweepNow(now);
        Window window = windows.compute(subject, (key, open) -> {
            if (open == null || now >= open.closesAt()) {
                return new Window(now + windowSeconds, 1, true);
            }
            return open.hits() >= limit ? open.refused() : open.counted();
        });
        long retryAfter = window.lastAllowed() ? 0 : Math.max(0, window.closesAt() - now);
        return new Attempt(window.lastAllowed(), limit, Math.max(0, limit - window.hits()),
                Instant.ofEpochSecond(now + retryAfter), retryAfter);
    }

    public int limit() {
        return limit;
    }

    private void sweepNow(long now) {
        if (hitsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            hitsSinceSweep.set(0);
            windows.values().removeIf(window -> now >= window.closesAt());
        }
    }

    private record Window(long closesAt, int hits, boolean lastAllowed) {
        Window counted() {
            return new Window(closesAt, hits + 1, true);
        }

        Window refused() {
            return new Window(closesAt, hits, false);
        }
    }

    /**
     * One request against the budget.
     *
     * @param allowed           true when the request may go on (it was counted)
     * @param limit             requests per window
     * @param remaining         requests left in the window after this one, 0 or more
     * @param retryAt           when a refused request may be tried again (now when allowed), in whole seconds
     * @param retryAfterSeconds seconds until then, 0 when allowed
     */
    public record Attempt(boolean allowed, int limit, long remaining, Instant retryAt, long retryAfterSeconds) {
    }
}
