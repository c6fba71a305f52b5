package dev.earshot.server.assets;

import java.time.OffsetDateTime;

/** A unit of work a user asked for, with its outcome. */
public record Task(String id, String projectId, String keyId, String userEmail, String kind, TaskStatus status,
                   String request, String result, String error, OffsetDateTime createdAt,
                   OffsetDateTime finishedAt) {
}
