package dev.earshot.server.enhance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the noise-removal door ({@code earshot.enhance.*}).
 *
 * @param maxFileBytes       largest upload or fetched input, in bytes (1 or more)
 * @param uploadRetention    how long an uploaded file stays usable by its fileId
 * @param decodeTimeout      the most time decoding one input may take
 * @param statusPollInterval how often a WebSocket status stream reads its job (10 ms to 10 s)
 */
@ConfigurationProperties("earshot.enhance")
record EnhanceSettings(long maxFileBytes, Duration uploadRetention, Duration decodeTimeout,
                       Duration statusPollInterval) {

    EnhanceSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("earshot.enhance.max-file-bytes must be positive, got " + maxFileBytes);
        }
        if (uploadRetention.isNegative() || uploadRetention.isZero() || decodeTimeout.isNegative()
                || decodeTimeout.isZero()) {
            throw new IllegalArgumentException("earshot.enhance durations must be positive");
        }
        if (statusPollInterval.toMillis() < 10 || statusPollInterval.toMillis() > 10_000) {
            throw new IllegalArgumentException("earshot.enhance.status-poll-interval must be 10ms..10s, got "
                    + statusPollInterval);
        }
    }
}
