package dev.earshot.server.studio;

import java.time.Instant;
import java.util.Map;

/**
 * An annotation set: version {@code version} (1, 2, ... per dataset) of a dataset's labels, a {@code draft} that
 * may change or a {@code published} set that never changes again.
 *
 * @param stats the published set's statistics, null for a draft (a draft's are counted when shown)
 */
public record AnnotationSet(String id, String datasetId, int version, boolean published, Stats stats,
                            Instant createdAt, Instant publishedAt) {

    /**
     * Relay's statistics of a set.
     *
     * @param totalPositiveDurationMs the summed length of every annotation, in milliseconds
     * @param byType                  how many annotations each artifact type has (types without any left out)
     */
    public record Stats(long totalAnnotations, long totalPositiveDurationMs, Map<String, Long> byType) {
    }
}
