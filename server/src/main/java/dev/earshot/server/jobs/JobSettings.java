package dev.earshot.server.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How jobs run ({@code earshot.jobs.*}).
 *
 * @param maxAttempts  starts of a job before a transient error fails it (1 to 20)
 * @param retryBackoff wait before the first retry; doubles with each further retry
 * @param retention    how long a finished job, its result and its files are kept
 * @param retentionSweep how often finished jobs past their retention are deleted
 */
@ConfigurationProperties("earshot.jobs")
public record JobSettings(int maxAttempts, Duration retryBackoff, Duration retention, Duration retentionSweep) {

    public JobSettings {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("earshot.jobs.max-attempts must be 1..20, got " + maxAttempts);
        }
        if (retryBackoff.isNegative() || retention.isNegative() || retentionSweep.isNegative()
                || retentionSweep.isZero()) {
            throw new IllegalArgumentException("earshot.jobs durations must be positive");
        }
    }
}
