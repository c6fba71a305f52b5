package dev.earshot.server.studio;

import dev.earshot.server.storage.SafeFileName;

/**
 * Where the studio door keeps blobs: everything of a dataset under {@code studio/datasets/<dataset>/}, each audio
 * file's under {@code .../audio/<audio>/}: the upload as sent ({@code upload-<random>/<name>}; the form itself names
 * {@code original/<name>}), the working copy
 * processing decoded ({@code working.f32}) and its frame features. Deleting a prefix deletes all of it.
 */
final class StudioBlobKeys {

    private StudioBlobKeys() {
    }

    static String dataset(String datasetId) {
        return "studio/datasets/" + datasetId + "/";
    }

    static String audio(String datasetId, String audioId) {
        return dataset(datasetId) + "audio/" + audioId + "/";
    }

    /** The key the upload form binds: the S3 object key of Relay's answer. */
    static String upload(String datasetId, String audioId, String filename) {
        return audio(datasetId, audioId) + "original/" + SafeFileName.of(filename);
    }

    /** Where one POST of the form stores its file: each POST its own blob, recorded only if it is accepted. */
    static String uploadAttempt(String datasetId, String audioId, String filename) {
        return audio(datasetId, audioId) + "upload-" + StudioIds.newId().substring(0, 8) + "/"
                + SafeFileName.of(filename);
    }

    static String working(String datasetId, String audioId) {
        return audio(datasetId, audioId) + "working.f32";
    }

    static String features(String datasetId, String audioId) {
        return audio(datasetId, audioId) + "features-500ms-250ms.bin";
    }
}
