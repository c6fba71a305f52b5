package dev.earshot.server.studio;

import dev.earshot.server.storage.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The target of the studio door's upload forms, served by Earshot as S3 serves a bucket's browser POST: a
 * multipart/form-data body of the form's fields, then {@code file}. The fields are checked (see
 * {@link UploadPolicy}) before any byte of the file is read; the file then streams straight into the blob store,
 * counted on the way and cut off past the policy's size (or {@code earshot.studio.max-file-bytes}), so that nothing
 * of a refused file is kept. Success is S3's 204 with the file's {@code ETag}; a refusal is S3's XML error. Parts
 * after the file are ignored, as S3 ignores them. A form whose file was confirmed no longer replaces it.
 */
@RestController
class UploadFormDoor {

    static final String PATH = "/studio/uploads";
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_FIELDS = 100;
    private final UploadPolicy policy;
    private final List<UploadTarget.Finder> targets;
    private final BlobStore blobs;
    private final StudioSettings settings;

    UploadFormDoor(UploadPolicy policy, List<UploadTarget.Finder> targets, BlobStore blobs, StudioSettings settings) {
        this.policy = policy;
        this.targets = targets;
        this.blobs = blobs;
        this.settings = settings;
    }

    @PostMapping(PATH)
    ResponseEntity<String> upload(HttpServletRequest request) {
        try {
            String etag = receive(request);
            return ResponseEntity.noContent().header(HttpHeaders.ETAG, etag).build();
        } catch (S3Refusal refusal) {
            return refusal.response();
        } catch (IOException | UncheckedIOException e) {
            return S3Refusal.malformed("The body of your POST request is not well-formed multipart/form-data.")
                    .response();
        }
    }

    private String receive(HttpServletRequest request) throws IOException {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw S3Refusal.malformed("Bucket POST must be of the enclosure-type multipart/form-data");
        }
        FileItemInputIterator parts = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>()
                .getItemIterator(request);
        Map<String, String> fields = new LinkedHashMap<>();
        while (parts.hasNext()) {
            FileItemInput part = parts.next();
            if (!part.isFormField() && part.getFieldName().equalsIgnoreCase("file")) {
                return store(fields, part);
            }
            if (fields.size() == MAX_FIELDS) {
                throw S3Refusal.malformed("Your POST request has more than " + MAX_FIELDS + " fields.");
            }
            fields.put(part.getFieldName().toLowerCase(Locale.ROOT), text(part));
        }
        policy.verify(fields, null);
        throw S3Refusal.noFile();
    }

    /** Checks the form, then streams its file into a blob of its own and records it if the file still may be. */
    private String store(Map<String, String> fields, FileItemInput file) throws IOException {
        UploadPolicy.Allowed allowed = policy.verify(fields, file.getContentType());
        UploadTarget target = targets.stream().flatMap(finder -> finder.byUploadKey(allowed.key()).stream())
                .findFirst()
                .orElseThrow(() -> S3Refusal.accessDenied("The audio file this form was made for no longer exists."));
        if (target.confirmed()) {
            throw S3Refusal.accessDenied("This file was uploaded and confirmed already; it is not replaced.");
        }
        long max = Math.min(allowed.maxBytes(), settings.maxFileBytes());
        String key = target.newBlobKey();
        UploadStream content = new UploadStream(file.getInputStream(), max);
        try (InputStream in = content) {
            blobs.put(key, in, target.contentType());
        } catch (RuntimeException | IOException e) {
            blobs.delete(key);
            if (content.exceeded()) {
                throw S3Refusal.tooLarge(max);
            }
            throw e;
        }
        if (content.count() < Math.max(1, allowed.minBytes())) {
            blobs.delete(key);
            throw S3Refusal.tooSmall(Math.max(1, allowed.minBytes()), content.count());
        }
        Optional<String> replaced = target.recordUpload(key, content.count());
        if (replaced.isEmpty()) {
            blobs.delete(key);
            throw S3Refusal.accessDenied("The audio file this form was made for was confirmed or deleted while "
                    + "its file was uploading; this upload is not kept.");
        }
        if (!replaced.get().isEmpty()) {
            blobs.delete(replaced.get());
        }
        return content.etag();
    }

    private static String text(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw S3Refusal.malformed("The form field '" + part.getFieldName() + "' is larger than "
                        + MAX_FIELD_BYTES + " bytes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
