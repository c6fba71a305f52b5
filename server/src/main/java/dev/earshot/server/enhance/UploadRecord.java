package dev.earshot.server.enhance;

/**
 * A file received by {@code POST /v1/upload}.
 *
 * @param id              the fileId
 * @param fileName        the last segment of the name it was sent with, for messages (null for old uploads)
 * @param extension       the extension it was given ({@code inputExt} or its file name's), "" when none
 * @param blobKey         where the bytes are: {@code uploads/<id>/input.<extension>}
 * @param durationSeconds the length of its audio, decoded at upload (null for old uploads that did not say)
 * @param videoCodec      FFmpeg's name of its video codec, or null for audio only
 */
record UploadRecord(String id, String fileName, String projectId, String extension, String blobKey, long sizeBytes,
                    Double durationSeconds, String videoCodec) {
}
