package dev.earshot.server.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A request budget per subject (an API key id, a user, an address), in memory on this node, by Bucket4j:
 * {@code perMinute} requests at once, refilled evenly over each minute (one request back every
 * {@code 60 / perMinute} seconds). Thread-safe.
 */
public final class RequestRateLimit {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perMinute requests per subject and minute, 1 or more */
    public RequestRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least 1 request per minute, got "
                    + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes one request from {@code subject}'s budget, if there is one left. */
    public Decision tryAcquire(String subject) {
        ConsumptionProbe probe = buckets.computeIfAbsent(subject, s -> newBucket()).tryConsumeAndReturnRemaining(1);
        long resetSeconds = ceilSeconds(probe.getNanosToWaitForReset());
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new Decision(probe.isConsumed(), perMinute, probe.getRemainingTokens(), resetSeconds, retryAfter);
    }

    public int perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    /**
     * The outcome of one request against the budget, with what the {@code RateLimit-*} headers say.
     *
     * @param allowed           true when the request may go on
     * @param limit             requests per minute
     * @param remaining         requests left right now, 0 or more
     * @param resetSeconds      seconds until the budget is full again
     * @param retryAfterSeconds seconds until the next request is allowed; 0 when this one was
     */
    public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }
}
