package dev.earshot.server.ingest;

import dev.earshot.server.limits.RequestRateLimit;

/** The caller's key has used up its uploads for now; answered with 429 and the rate-limit headers. */
final class RateLimitedException extends RuntimeException {

    private final RequestRateLimit.Decision decision;

    RateLimitedException(RequestRateLimit.Decision decision) {
        super("rate limit exceeded: at most " + decision.limit() + " uploads per minute per API key; retry in "
                + decision.retryAfterSeconds() + " s");
        this.decision = decision;
    }

    RequestRateLimit.Decision decision() {
        return decision;
    }
}
