package dev.earshot.server.studio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the studio door ({@code earshot.studio.*}).
 *
 * @param uploadExpiry   how long an upload form stays valid (Relay's {@code expires_in}; default 1 hour)
 * @param abandonedAfter how long after its form expired an upload that was never confirmed is kept before the
 *                       sweep deletes its row and blobs (default 1 hour)
 * @param maxFileBytes   the largest audio file accepted (default 500 MB, Relay's limit: 524,288,000 bytes)
 * @param decodeTimeout  the longest decode of one file during processing (default 30 minutes)
 * @param sweepInterval  how often abandoned uploads are looked for (default 5 minutes)
 */
@ConfigurationProperties("earshot.studio")
record StudioSettings(@DefaultValue("1h") Duration uploadExpiry,
                      @DefaultValue("1h") Duration abandonedAfter,
                      @DefaultValue("524288000") long maxFileBytes,
                      @DefaultValue("30m") Duration decodeTimeout,
                      @DefaultValue("5m") Duration sweepInterval) {

    StudioSettings {
        if (uploadExpiry.isNegative() || uploadExpiry.isZero()) {
            throw new IllegalArgumentException("earshot.studio.upload-expiry must be positive");
        }
        if (abandonedAfter.isNegative()) {
            throw new IllegalArgumentException("earshot.studio.abandoned-after must not be negative");
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("earshot.studio.max-file-bytes must be 1 or more");
        }
    }
}
