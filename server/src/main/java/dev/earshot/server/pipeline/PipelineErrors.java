package dev.earshot.server.pipeline;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.language.translate.ToolFailedException;
import dev.earshot.server.limits.AdmissionRefusedException;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.InternalErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The pipeline door's one exception-to-status table; every body is {@code {"detail": ...}}. */
@OnAudioEngineEnabled
@RestControllerAdvice(assignableTypes = {PipelineDoor.class, DatasetLinksDoor.class})
class PipelineErrors {

    private final InternalErrors internalErrors;

    PipelineErrors(InternalErrors internalErrors) {
        this.internalErrors = internalErrors;
    }

    @ExceptionHandler(PipelineDoorException.class)
    ResponseEntity<Map<String, Object>> door(PipelineDoorException e) {
        return body(e.status(), e.detail());
    }

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<Map<String, Object>> invalidPlan(InvalidPlanException e) {
        List<Map<String, Object>> errors = e.problems().stream().map(PipelineErrors::problem).toList();
        ResponseEntity<Map<String, Object>> response = body(HttpStatus.BAD_REQUEST, e.getMessage());
        response.getBody().put("errors", errors);
        return response;
    }

    @ExceptionHandler({UndecodableAudioException.class, StepRejectedException.class})
    ResponseEntity<Map<String, Object>> badAudio(RuntimeException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ComponentUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(ComponentUnavailableException e) {
        return body(HttpStatus.NOT_IMPLEMENTED, e.reason() == null
                ? "component_id '" + e.componentId() + "' is known but no handler is registered in this deployment"
                : "component_id '" + e.componentId() + "' cannot run in this deployment: " + e.reason());
    }

    @ExceptionHandler(UnavailableCapabilityException.class)
    ResponseEntity<Map<String, Object>> capabilityMissing(UnavailableCapabilityException e) {
        return body(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
    }

    @ExceptionHandler({LlmEndpointException.class, ToolFailedException.class})
    ResponseEntity<Map<String, Object>> toolFailed(RuntimeException e) {
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "a component failed because the tool it uses did: "
                + e.getMessage());
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Map<String, Object>> capabilityDown(CapabilityDownException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(AdmissionRefusedException.class)
    ResponseEntity<Map<String, Object>> busy(AdmissionRefusedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(detail(e.getMessage()));
    }

    @ExceptionHandler({PipelineCancelledException.class, DecodeTimeoutException.class})
    ResponseEntity<Map<String, Object>> cancelled(RuntimeException e) {
        return body(HttpStatus.GATEWAY_TIMEOUT, "the pipeline did not finish in time: " + e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the server accepts");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "the multipart body could not be read: " + e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> internal(Exception e) {
        String id = internalErrors.record(e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal error (error id " + id + ")");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, Object detail) {
        return ResponseEntity.status(status).body(detail(detail));
    }

    private static Map<String, Object> detail(Object detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        return body;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("step", p.stepIndex() < 0 ? null : p.stepIndex());
        entry.put("component_id", p.componentId());
        entry.put("field", p.field());
        entry.put("message", p.message());
        return entry;
    }
}
