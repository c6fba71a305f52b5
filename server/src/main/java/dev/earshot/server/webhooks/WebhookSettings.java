package dev.earshot.server.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered ({@code earshot.webhooks.*}).
 *
 * @param maxAttempts    attempts per message, the first included (1 to 50)
 * @param retryDelays    wait before the 2nd, 3rd, ... attempt; the last one repeats for further attempts. Each
 *                       wait gets up to 10 % random jitter on top
 * @param timeout        time for one attempt, connection included (1 s to 5 min)
 * @param secretOverlap  how long the previous secret keeps signing after a rotation (0 = not at all)
 * @param retention      how long finished messages and delivery records are kept
 */
@ConfigurationProperties("earshot.webhooks")
public record WebhookSettings(int maxAttempts, List<Duration> retryDelays, Duration timeout, Duration secretOverlap,
                              Duration retention) {

    public WebhookSettings {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("earshot.webhooks.max-attempts must be 1..50, got " + maxAttempts);
        }
        if (retryDelays == null || retryDelays.isEmpty()
                || retryDelays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(
                    "earshot.webhooks.retry-delays must be a list of positive durations, got " + retryDelays);
        }
        retryDelays = List.copyOf(retryDelays);
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("earshot.webhooks.timeout must be 1s..5m, got " + timeout);
        }
        if (secretOverlap.isNegative() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("earshot.webhooks.secret-overlap must be >= 0 and retention > 0");
        }
    }

    /** The wait after a failed attempt number {@code attempt} (1-based), before jitter. */
    Duration delayAfter(int attempt) {
        return retryDelays.get(Math.min(Math.max(attempt, 1), retryDelays.size()) - 1);
    }
}
