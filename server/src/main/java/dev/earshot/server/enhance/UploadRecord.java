package dev.earshot.server.enhance;

/**
 * A file received by {@code POST /v1/upload}.
 *
 * @param id              the fileId
 * @param extension       the extension it was given ({@code inputExt} or its file name's), "" when none
 * @param blobKey         where the bytes are: {@code uploads/<id>/input.<extension>}
 * @param durationSeconds the duration the file declares, or null when it does not say
 * @param videoCodec      FFmpeg's name of its video codec, or null for audio only
 */
record UploadRecord(String id, String projectId, String extension, String blobKey, long sizeBytes,
                    Double durationSeconds, String videoCodec) {
}
