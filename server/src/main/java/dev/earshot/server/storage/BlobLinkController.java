package dev.earshot.server.storage;

import dev.earshot.server.system.DoorShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves signed links made by {@link SignedUrls}: no API key, 403 for a bad or expired signature, 404 when the
 * blob is gone; {@code Range} requests get 206 with the bytes asked for. Errors are in the pipeline door's
 * {@code {"detail"}} shape, whose envelopes hand these links out.
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
    ResponseEntity<Resource> serve(HttpServletRequest request,
                                   @RequestParam(required = false) String expires,
                                   @RequestParam(required = false) String filename,
                                   @RequestParam(required = false) String sig) {
        String key = keyOf(request);
        switch (signedUrls.check(key, expires, filename, sig)) {
            case INVALID -> throw new RejectedLink("invalid link signature");
            case EXPIRED -> throw new RejectedLink("link expired");
            default -> {
            }
        }
        BlobResource file = new BlobResource(blobs, key,
                filename == null || filename.isEmpty() ? lastSegment(key) : filename);
        if (!file.exists()) {
            throw new NoSuchBlobException(key);
        }
        return file.attachment(MediaType.parseMediaType(blobs.contentType(key)));
    }

    @ExceptionHandler(RejectedLink.class)
    ResponseEntity<Object> rejected(RejectedLink e) {
        return DoorShape.PIPELINE.response(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({NoSuchBlobException.class, InvalidBlobKeyException.class})
    ResponseEntity<Object> missing() {
        return DoorShape.PIPELINE.response(HttpStatus.NOT_FOUND, "no file at this link (it has been deleted)");
    }

    private static String keyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    }

    private static String lastSegment(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    private static final class RejectedLink extends RuntimeException {
        RejectedLink(String message) {
            super(message);
        }
    }
}
