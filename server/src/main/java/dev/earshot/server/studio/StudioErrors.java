package dev.earshot.server.studio;

import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.system.DoorShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The studio door's exception-to-status table (every controller of this package): {@code {"detail": ...}}, with
 * the {@code WWW-Authenticate} challenges on a 401. What is not here falls to the fallback every door shares, which
 * writes the same shape ({@code {"detail": "Not Found"}}, {@code {"detail": "Method Not Allowed"}}).
 */
@Order(DoorShape.DOOR_TABLE_ORDER)
@RestControllerAdvice(basePackageClasses = StudioErrors.class)
class StudioErrors {

    @ExceptionHandler(StudioException.class)
    ResponseEntity<Object> door(StudioException e, HttpServletRequest request) {
        return ApiKeyChallenge.onUnauthorized(DoorShape.STUDIO.response(e.status(), e.detail()), request);
    }
}
