package dev.earshot.server.enhance;

import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.InternalErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The noise-removal door's one exception-to-status table; every body is {@code {"error": "..."}}. */
@RestControllerAdvice(assignableTypes = {EnhanceDoor.class, DownloadDoor.class})
class EnhanceErrors {

    private final InternalErrors internalErrors;

    EnhanceErrors(InternalErrors internalErrors) {
        this.internalErrors = internalErrors;
    }

    @ExceptionHandler(EnhanceDoorException.class)
    ResponseEntity<Map<String, String>> door(EnhanceDoorException e, HttpServletRequest request) {
        return ApiKeyChallenge.onUnauthorized(error(e.status(), e.getMessage()), request);
    }

    @ExceptionHandler(UndecodableAudioException.class)
    ResponseEntity<Map<String, String>> notMedia(UndecodableAudioException e) {
        return error(HttpStatus.BAD_REQUEST, "not an audio or video file Earshot can read: " + e.getMessage());
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Map<String, String>> capabilityDown(CapabilityDownException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the server accepts");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> badMultipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "expected a multipart/form-data body with a 'file' field ("
                + e.getMessage() + ")");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> internal(Exception e) {
        String id = internalErrors.record(e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error (error id " + id + ")");
    }

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
