package dev.earshot.server.ingest;

import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.DoorShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ingestion door's one exception-to-status table. Every body is {@code {"error": {"code", "message"}}},
 * always JSON whatever the request's Accept header asked for; what is not here falls to the fallback every door
 * shares, which writes the same shape.
 */
@Order(DoorShape.DOOR_TABLE_ORDER)
@RestControllerAdvice(assignableTypes = {IngestDoor.class, JobsDoor.class})
class IngestErrors {

    @ExceptionHandler(IngestException.class)
    ResponseEntity<Object> door(IngestException e, HttpServletRequest request) {
        return ApiKeyChallenge.onUnauthorized(body(e.status(), e.code(), e.getMessage(), HttpHeaders.EMPTY),
                request);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.decision().retryAfterSeconds()));
        return body(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", e.getMessage(), headers);
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Object> capabilityDown(CapabilityDownException e) {
        return DoorShape.INGEST.response(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private static ResponseEntity<Object> body(HttpStatusCode status, String code, String message,
                                               HttpHeaders headers) {
        return DoorShape.ingest(status, code, message, headers);
    }
}
