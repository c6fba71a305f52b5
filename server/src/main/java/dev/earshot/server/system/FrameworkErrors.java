package dev.earshot.server.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The fallback of every door: whatever no door's own table handled (no route, wrong method, media type, an
 * unreadable or oversized body, an unexpected failure) is answered in the shape of the door the path belongs to.
 * Runs after the doors' tables, which carry {@link DoorShape#DOOR_TABLE_ORDER}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkErrors {

    private final InternalErrors internalErrors;

    FrameworkErrors(InternalErrors internalErrors) {
        this.internalErrors = internalErrors;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> any(Exception error, HttpServletRequest request) {
        DoorShape shape = DoorShape.of(request.getRequestURI());
        return FrameworkFailure.of(error, request, shape)
                .map(failure -> shape.response(failure.status(), failure.message(), failure.headers()))
                .orElseGet(() -> shape.response(HttpStatus.INTERNAL_SERVER_ERROR,
                        internalErrors.message(shape, internalErrors.record(error))));
    }
}
