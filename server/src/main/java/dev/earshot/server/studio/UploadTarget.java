package dev.earshot.server.studio;

import java.util.Optional;

/**
 * The file an upload form fills: an audio file of a dataset or a file of an inference job, found by the object key
 * its form binds. Each POST of the form stores a blob of its own; the target records the accepted one.
 */
interface UploadTarget {

    /** True once the file was confirmed: its form no longer replaces it. */
    boolean confirmed();

    /** The content type the upload-url request declared, given to the stored blob. */
    String contentType();

    /** A new blob key for one POST of the form. */
    String newBlobKey();

    /**
     * Records an accepted upload while the file is not confirmed yet.
     *
     * @return the blob of the upload it replaces ("" for none), or empty when the file was confirmed or deleted
     *         meanwhile and this upload must be thrown away
     */
    Optional<String> recordUpload(String blobKey, long size);

    /** Finds the file of one kind whose form binds {@code uploadKey}. */
    interface Finder {

        Optional<UploadTarget> byUploadKey(String uploadKey);
    }
}
