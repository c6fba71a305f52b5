package dev.earshot.server.assets;

import java.time.OffsetDateTime;

/** A group of stored files: the inputs of a task, or the audio it produced. */
public record Dataset(String id, String projectId, DatasetKind kind, OffsetDateTime createdAt) {
}
