package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactEvent;
import java.time.Instant;
import java.util.List;

/**
 * One file of an inference job as stored.
 *
 * @param uploadKey    the object key its upload form binds (Relay's {@code s3_key})
 * @param originalKey  the blob of the accepted upload, null until a file was uploaded
 * @param declaredSize the size the upload-url request announced, in bytes: the most the form accepts
 * @param detections   the events found, in time order, null until completed
 * @param startedAt    when its first attempt started processing, null before
 * @param processedAt  when it completed or failed, null before
 */
record InferenceFile(String id, String inferenceJobId, String originalFilename, String contentType, long declaredSize,
                     String uploadKey, Instant uploadExpiresAt, String originalKey, Instant confirmedAt,
                     InferenceFileStatus status, String errorMessage, Long durationMs, List<ArtifactEvent> detections,
                     int detectionCount, Instant startedAt, Instant processedAt, Instant createdAt) {

    /** The id of the job-engine job that processes the file. */
    String jobId() {
        return jobId(id);
    }

    static String jobId(String fileId) {
        return "studioinfer_" + fileId;
    }

    /** Blobs of one inference file: everything under {@code studio/inference/<job>/<file>/}. */
    static String blobPrefix(String jobId, String fileId) {
        return "studio/inference/" + jobId + "/" + fileId + "/";
    }
}
