package dev.earshot.server.submissions;

import java.time.OffsetDateTime;

/**
 * An audio uploaded to the submissions door.
 *
 * @param owner           the user ({@code user:<id>}) or, for a key without a user, the key ({@code key:<id>})
 * @param durationSeconds length of the decoded audio, in seconds
 */
record SubmissionAudio(long id, String owner, String name, String blobKey, String contentType, long sizeBytes,
                       double durationSeconds, OffsetDateTime createdAt) {
}
