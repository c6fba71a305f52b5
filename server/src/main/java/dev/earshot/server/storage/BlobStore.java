package dev.earshot.server.storage;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Stored files addressed by a key of {@code [A-Za-z0-9._/-]} segments separated by '/', with no empty,
 * '.' or '..' segment, not starting with '/'. Writes are atomic: readers see the whole blob or none, and
 * a failed write leaves nothing behind. Methods throw {@link InvalidBlobKeyException} for a bad key.
 */
public interface BlobStore {

    /** Stores a copy of {@code source} under {@code key}, replacing any blob already there. */
    void put(String key, Path source, String contentType);

    /** Stores the stream's content under {@code key}; the caller closes the stream. */
    void put(String key, InputStream content, String contentType);

    /** Opens a blob for reading; throws {@link NoSuchBlobException} if absent. */
    InputStream open(String key);

    boolean exists(String key);

    /** Size in bytes; throws {@link NoSuchBlobException} if absent. */
    long size(String key);

    /** The content type given to put, {@code application/octet-stream} if none; NoSuchBlobException if absent. */
    String contentType(String key);

    /** Deletes a blob; does nothing if absent. */
    void delete(String key);

    /**
     * Deletes every blob whose key starts with {@code prefix}, which must be a valid key followed by '/'
     * (for example {@code jobs/job_0123456789ab/}).
     */
    void deleteAll(String prefix);
}
