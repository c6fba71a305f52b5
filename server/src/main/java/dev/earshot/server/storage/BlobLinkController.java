package dev.earshot.server.storage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves signed links made by {@link SignedUrls}: no API key, 403 for a bad or expired signature,
 * 404 when the blob is gone. Downloads are attachments with {@code nosniff}, so an uploaded file is
 * never rendered as a page of this origin.
 */
@RestController
class BlobLinkController {
    private static final String PATH = "/blobs/";
    private final BlobStore blobs;
    private final SignedUrls signedUrls;

    BlobLinkController(BlobStore blobs, SignedUrls signedUrls) {
        this.blobs = blobs;
        this.signedUrls = signedUrls;
    }

    @RequestMapping(path = PATH + "**", method = {RequestMethod.GET, RequestMethod.HEAD})
    void serve(HttpServletRequest request, HttpServletResponse response,
               @RequestParam(required = false) String expires,
               @RequestParam(required = false) String filename,
               @RequestParam(required = false) String sig) throws IOException {
        String key = keyOf(request);
        switch (signedUrls.check(key, expires, filename, sig)) {
            case INVALID -> throw new RejectedLink(HttpStatus.FORBIDDEN, "invalid link signature");
            case EXPIRED -> throw new RejectedLink(HttpStatus.FORBIDDEN, "link expired");
            case VALID -> stream(key, filename, request, response);
        }
    }

    @ExceptionHandler(RejectedLink.class)
    ResponseEntity<Map<String, String>> rejected(RejectedLink e) {
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON).body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler({NoSuchBlobException.class, InvalidBlobKeyException.class})
    ResponseEntity<Map<String, String>> missing() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("detail", "not found"));
    }

    private void stream(String key, String filename, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try (InputStream content = blobs.open(key)) {
            response.setContentType(blobs.contentType(key));
            response.setContentLengthLong(blobs.size(key));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(filename == null || filename.isEmpty() ? lastSegment(key) : filename, StandardCharsets.UTF_8)
                    .build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (!"HEAD".equals(request.getMethod())) {
                content.transferTo(response.getOutputStream());
            }
        }
    }

    private static String keyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    }

    private static String lastSegment(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    private static final class RejectedLink extends RuntimeException {
        private final HttpStatus status;

        RejectedLink(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}
