package dev.earshot.server.enhance;

import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.DoorShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The noise-removal door's one exception-to-status table; every body is {@code {"error": "..."}}. What is not
 * here falls to the fallback every door shares, which writes the same shape.
 */
@Order(DoorShape.DOOR_TABLE_ORDER)
@RestControllerAdvice(assignableTypes = {EnhanceDoor.class, DownloadDoor.class})
class EnhanceErrors {

    @ExceptionHandler(EnhanceDoorException.class)
    ResponseEntity<Object> door(EnhanceDoorException e, HttpServletRequest request) {
        return ApiKeyChallenge.onUnauthorized(error(e.status(), e.getMessage()), request);
    }

    @ExceptionHandler(UndecodableAudioException.class)
    ResponseEntity<Object> notMedia(UndecodableAudioException e) {
        return error(HttpStatus.BAD_REQUEST, "not an audio or video file Earshot can read: " + e.getMessage());
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Object> capabilityDown(CapabilityDownException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    static ResponseEntity<Object> error(HttpStatusCode status, String message) {
        return DoorShape.ENHANCE.response(status, message);
    }
}
