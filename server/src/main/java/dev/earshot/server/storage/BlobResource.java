package dev.earshot.server.storage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored blob as a Spring resource of known length that can be opened again, so that Spring MVC answers
 * {@code Range} requests on it with 206 and the requested bytes, and HEAD with its length and no body.
 */
public final class BlobResource extends AbstractResource {

    private final BlobStore blobs;
    private final String key;
    private final String fileName;

    public BlobResource(BlobStore blobs, String key, String fileName) {
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

    /**
     * The 200 answer of a download: the blob as an attachment named {@code fileName}, {@code nosniff} (so an
     * uploaded file is never rendered as a page of this origin), and {@code Accept-Ranges: bytes}.
     */
    public ResponseEntity<Resource> attachment(MediaType contentType) {
        return ResponseEntity.ok()
                .contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(this);
    }
}
