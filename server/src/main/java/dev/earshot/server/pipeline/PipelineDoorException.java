package dev.earshot.server.pipeline;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the pipeline door turns away, with the status and {@code detail} its contract gives. */
final class PipelineDoorException extends RuntimeException {

    private final HttpStatus status;
    private final Object detail;

    private PipelineDoorException(HttpStatus status, String message, Object detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    static PipelineDoorException badRequest(String message) {
        return new PipelineDoorException(HttpStatus.BAD_REQUEST, message, message);
    }

    static PipelineDoorException forbidden(String message) {
        return new PipelineDoorException(HttpStatus.FORBIDDEN, message, message);
    }

    static PipelineDoorException notFound(String message) {
        return new PipelineDoorException(HttpStatus.NOT_FOUND, message, message);
    }

    static PipelineDoorException tooLarge(String message) {
        return new PipelineDoorException(HttpStatus.CONTENT_TOO_LARGE, message, message);
    }

    static PipelineDoorException notReady(String message) {
        return new PipelineDoorException(HttpStatus.SERVICE_UNAVAILABLE, message, message);
    }

    static PipelineDoorException timedOut(long millis) {
        String message = "the pipeline did not finish within " + millis + " ms (AUDIO_ENGINE_REQUEST_TIMEOUT)";
        return new PipelineDoorException(HttpStatus.GATEWAY_TIMEOUT, message, message);
    }

    /** 422 with one FastAPI-style entry per missing multipart field. */
    static PipelineDoorException missingFields(List<String> fields) {
        List<Object> entries = fields.stream()
                .<Object>map(f -> new MissingField("missing", List.of("body", f), "Field required"))
                .toList();
        return new PipelineDoorException(HttpStatus.UNPROCESSABLE_CONTENT, "missing fields " + fields, entries);
    }

    HttpStatus status() {
        return status;
    }

    Object detail() {
        return detail;
    }

    record MissingField(String type, List<String> loc, String msg) {
    }
}
