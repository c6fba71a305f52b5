package dev.earshot.server.studio;

import java.time.Instant;

/**
 * One audio file of a dataset as stored.
 *
 * @param uploadKey    the object key its upload form binds
 * @param originalKey  the blob of the accepted upload, null until a file was uploaded
 * @param declaredSize the file size the client announced, in bytes: the most the form accepts
 * @param durationMs   the decoded length in milliseconds, null until normalized
 * @param workingKey   the working copy (32-bit float PCM, native rate and channels), null until normalized
 * @param featuresKey  the frame features of {@code FrameGrid.DEFAULT}, null until embedded
 * @param failure      why processing failed, in words a user can act on; null unless failed
 */
public record StudioAudioFile(String id, String datasetId, String originalFilename, String contentType,
                              long declaredSize, String uploadKey, Instant uploadExpiresAt, String originalKey,
                              Long uploadedSize, Instant uploadedAt, Instant confirmedAt, ProcessingStatus status,
                              String failure, Long durationMs, Integer sampleRate, Integer channels,
                              String workingKey, String featuresKey, Instant createdAt, Instant updatedAt) {
}
