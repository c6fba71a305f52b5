package dev.earshot.server.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the ingestion door ({@code earshot.ingest.*}).
 *
 * @param maxFileBytes         largest accepted upload, in bytes (default 524,288,000 = 500 MiB); larger is a 413
 * @param rateLimitPerMinute   uploads per API key and minute before 429 (default 60)
 * @param maxMetadataBytes     largest {@code metadata} field, in UTF-8 bytes (default 16,384)
 * @param decodeTimeout        longest decode of one upload inside a job (default 30 minutes)
 */
@ConfigurationProperties("earshot.ingest")
record IngestSettings(@DefaultValue("524288000") long maxFileBytes,
                      @DefaultValue("60") int rateLimitPerMinute,
                      @DefaultValue("16384") int maxMetadataBytes,
                      @DefaultValue("30m") Duration decodeTimeout) {

    IngestSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("earshot.ingest.max-file-bytes must be at least 1, got " + maxFileBytes);
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("earshot.ingest.rate-limit-per-minute must be at least 1, got "
                    + rateLimitPerMinute);
        }
        if (maxMetadataBytes < 2) {
            throw new IllegalArgumentException("earshot.ingest.max-metadata-bytes must be at least 2, got "
                    + maxMetadataBytes);
        }
        if (decodeTimeout.isNegative() || decodeTimeout.isZero()) {
            throw new IllegalArgumentException("earshot.ingest.decode-timeout must be positive");
        }
    }
}
