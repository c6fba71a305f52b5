package dev.earshot.server.assets;

/**
 * One stored file of a dataset.
 *
 * @param position        0-based order within the dataset
 * @param fileName        a safe display name (no folders)
 * @param blobKey         where the bytes are in the blob store
 * @param sizeBytes       stored size in bytes
 * @param durationSeconds audio length in seconds, or null when unknown
 */
public record FileRecord(String id, String datasetId, int position, String fileName, String blobKey,
                         String contentType, long sizeBytes, Double durationSeconds, Integer sampleRate,
                         Integer channels) {
}
