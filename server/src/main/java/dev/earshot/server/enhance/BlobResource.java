package dev.earshot.server.enhance;

import dev.earshot.server.storage.BlobStore;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * A stored blob as a Spring resource of known length that can be opened again, so that Spring MVC answers
 * {@code Range} requests on it with 206 and the requested bytes.
 */
final class BlobResource extends AbstractResource {

    private final BlobStore blobs;
    private final String key;
    private final String fileName;

    BlobResource(BlobStore blobs, String key, String fileName) {
        this.blobs = blobs;
        this.key = key;
        this.fileName = fileName;
    }

    @Override
    public InputStream getInputStream() {
        return blobs.open(key);
    }

    @Override
    public long contentLength() {
        return blobs.size(key);
    }

    @Override
    public boolean exists() {
        return blobs.exists(key);
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getDescription() {
        return "blob " + key;
    }
}
