package dev.earshot.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the web framework turned away before or around a door's own checks (no route, wrong method, media
 * type, unreadable or oversized body), with the status and a message that says what to send instead.
 */
record FrameworkFailure(HttpStatusCode status, String message, HttpHeaders headers) {

    private static final int MAX_CAUSE_LENGTH = 200;

    /** The failure {@code error} stands for, or empty when it is not the framework's (an internal error). */
    static Optional<FrameworkFailure> of(Throwable error, HttpServletRequest request, DoorShape shape) {
        if (error instanceof MaxUploadSizeExceededException) {
            return failure(HttpStatus.CONTENT_TOO_LARGE, tooLarge(shape));
        }
        if (error instanceof MultipartException e) {
            return failure(HttpStatus.BAD_REQUEST, "the multipart/form-data body could not be read ("
                    + cause(e) + "); send each field as a part of a well-formed multipart body");
        }
        if (error instanceof HttpMessageNotReadableException e) {
            return failure(HttpStatus.BAD_REQUEST, "the request body is malformed (" + cause(e) + ")");
        }
        if (error instanceof TypeMismatchException e) {
            return failure(HttpStatus.BAD_REQUEST, "'" + e.getPropertyName() + "' has the wrong type: "
                    + e.getValue());
        }
        if (error instanceof ErrorResponse e) {
            return Optional.of(new FrameworkFailure(e.getStatusCode(), message(e, request, shape), e.getHeaders()));
        }
        return Optional.empty();
    }

    private static String message(ErrorResponse error, HttpServletRequest request, DoorShape shape) {
        if (shape == DoorShape.STUDIO && error instanceof HttpRequestMethodNotSupportedException) {
            return "Method Not Allowed";
        }
        if (error instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            if (shape == DoorShape.SUBMISSIONS) {
                return "The " + request.getMethod() + " method is not supported for route "
                        + request.getRequestURI().substring(1) + ". Supported methods: "
                        + m.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining(", ")) + ".";
            }
            return "Method Not Allowed: " + request.getMethod() + " " + request.getRequestURI()
                    + "; this route takes " + m.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (error instanceof HttpMediaTypeNotSupportedException m) {
            return "Unsupported Media Type: " + m.getContentType() + "; this route takes "
                    + m.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        if (error instanceof HttpMediaTypeNotAcceptableException) {
            return "Not Acceptable: this route answers application/json, and the Accept header ("
                    + request.getHeader(HttpHeaders.ACCEPT) + ") does not allow it";
        }
        return byStatus(error.getStatusCode(), request.getMethod(), request.getRequestURI(), shape);
    }

    /**
     * The message of a status the container answered with no exception to explain it. The studio door says what
     * FastAPI says: the status's reason phrase alone ({@code Not Found}, {@code Method Not Allowed}).
     */
    static String byStatus(HttpStatusCode status, String method, String uri, DoorShape shape) {
        if (shape == DoorShape.STUDIO && HttpStatus.resolve(status.value()) != null) {
            return HttpStatus.resolve(status.value()).getReasonPhrase();
        }
        return switch (status.value()) {
            case 404 -> shape == DoorShape.SUBMISSIONS
                    ? "The route " + uri.substring(1) + " could not be found."
                    : "Not Found: no route for " + method + " " + uri;
            case 405 -> "Method Not Allowed: " + method + " " + uri;
            case 413 -> tooLarge(shape);
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null ? "HTTP " + status.value() : known.getReasonPhrase();
            }
        };
    }

    private static String tooLarge(DoorShape shape) {
        return shape == DoorShape.SUBMISSIONS ? "The POST data is too large."
                : "the request body is larger than the server accepts";
    }

    private static Optional<FrameworkFailure> failure(HttpStatus status, String message) {
        return Optional.of(new FrameworkFailure(status, message, HttpHeaders.EMPTY));
    }

    private static String cause(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String firstLine = text.lines().findFirst().orElse("").strip();
        return firstLine.length() > MAX_CAUSE_LENGTH ? firstLine.substring(0, MAX_CAUSE_LENGTH) + "..." : firstLine;
    }
}
