package dev.earshot.server.studio;

import java.time.Instant;
import java.util.Map;

/**
 * One labelled span: artifact {@code artifactType} in audio file {@code audioFileId} from {@code startMs}
 * (inclusive) to {@code endMs} (exclusive), in milliseconds from the file's start.
 *
 * @param confidence the labeller's confidence, 0 to 1
 * @param extraData  the client's JSON object, kept as given
 */
public record Annotation(String id, String annotationSetId, String audioFileId, String artifactType, long startMs,
                         long endMs, double confidence, Map<String, Object> extraData, Instant createdAt) {
}
