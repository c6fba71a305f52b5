package dev.earshot.server.ingest;

import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.InternalErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The ingestion door's one exception-to-status table. Every body is {@code {"error": {"code", "message"}}},
 * always JSON whatever the request's Accept header asked for.
 */
@RestControllerAdvice(assignableTypes = {IngestDoor.class, JobsDoor.class})
class IngestErrors {

    private final InternalErrors internalErrors;

    IngestErrors(InternalErrors internalErrors) {
        this.internalErrors = internalErrors;
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<Map<String, Object>> door(IngestException e, HttpServletRequest request) {
        return ApiKeyChallenge.onUnauthorized(body(e.status(), e.code(), e.getMessage()), request);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Map<String, Object>> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.decision().retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(error("rate_limited", e.getMessage()));
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Map<String, Object>> capabilityDown(CapabilityDownException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "file_too_large", "the upload is larger than the server accepts");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "invalid_request", "the multipart body could not be read: "
                + e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> internal(Exception e) {
        String id = internalErrors.record(e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "internal error (error id " + id + ")");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error(code, message));
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return Map.of("error", error);
    }
}
