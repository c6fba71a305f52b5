package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.system.DoorShape;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The submissions door's exception-to-status table (every controller of this package): Laravel's {@code {"message"}} body, with {@code errors} per
 * field on a 422. What is not here falls to the fallback every door shares, which writes the same shape.
 */
@Order(DoorShape.DOOR_TABLE_ORDER)
@RestControllerAdvice(basePackageClasses = SubmissionsErrors.class)
class SubmissionsErrors {

    @ExceptionHandler(SubmissionsException.class)
    ResponseEntity<Object> door(SubmissionsException e, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        return ApiKeyChallenge.onUnauthorized(ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_JSON).body(body), request);
    }
}
