package dev.earshot.server.enhance;

import java.net.URI;

/**
 * What a noise-removal job was asked to do, stored as its input JSON.
 *
 * @param fileId          the upload it reads, or null for a URL input
 * @param inputUrl        the URL it fetches first, or null for an upload
 * @param blobKey         where its input is (the upload's blob, or the fetched copy under the job's input prefix)
 * @param inputExtension  the extension the input is named with, "" when none
 * @param outputExtension the requested output extension, or null for the default
 * @param outputUrl       where to PUT the result, or null
 * @param downloadId      the random id in the result's download path
 * @param sourceName      the name the user knows the input by: the uploaded file's, or the last segment of the
 *                        input URL's path (null in jobs submitted before it was kept)
 */
record NoiseRemovalInput(String fileId, String inputUrl, String blobKey, String inputExtension,
                         String outputExtension, String outputUrl, String downloadId, String sourceName) {

    /** The local name of the input, never shown to the user. */
    String inputName() {
        return Extensions.inputName(inputExtension);
    }

    /** The name messages give the input: {@link #sourceName()}, or the local name in jobs that have none. */
    String displayName() {
        return sourceName != null ? sourceName : inputName();
    }

    /** The extension of the output URL's path, "" when there is none (or no output URL). */
    String outputUrlExtension() {
        return outputUrl == null ? "" : Extensions.of(URI.create(outputUrl).getRawPath());
    }

    /** Picks the output for an input with this video codec (null for audio only). */
    OutputChoice output(String videoCodec) {
        return OutputChoice.decide(outputExtension, outputUrlExtension(), inputExtension, videoCodec);
    }
}
