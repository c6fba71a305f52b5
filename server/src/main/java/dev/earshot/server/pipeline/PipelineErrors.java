package dev.earshot.server.pipeline;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.language.translate.ToolFailedException;
import dev.earshot.server.limits.AdmissionRefusedException;
import dev.earshot.server.natives.CapabilityDownException;
import dev.earshot.server.system.DoorShape;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The pipeline door's one exception-to-status table. Every body is exactly {@code {"detail": ...}}: a sentence,
 * or FastAPI's list of missing fields for a 422. What is not here falls to the fallback every door shares.
 */
@OnAudioEngineEnabled
@Order(DoorShape.DOOR_TABLE_ORDER)
@RestControllerAdvice(assignableTypes = {PipelineDoor.class, DatasetLinksDoor.class})
class PipelineErrors {

    @ExceptionHandler(PipelineDoorException.class)
    ResponseEntity<Object> door(PipelineDoorException e) {
        return DoorShape.PIPELINE.response(e.status(), e.detail());
    }

    /** A plan with every problem in one sentence ("components[i] (id) params.field: ..."), or unusable audio. */
    @ExceptionHandler({InvalidPlanException.class, UndecodableAudioException.class, StepRejectedException.class})
    ResponseEntity<Object> badRequest(RuntimeException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ComponentUnavailableException.class)
    ResponseEntity<Object> unavailable(ComponentUnavailableException e) {
        return body(HttpStatus.NOT_IMPLEMENTED, e.reason() == null
                ? "component_id '" + e.componentId() + "' is known but no handler is registered in this deployment"
                : "component_id '" + e.componentId() + "' cannot run in this deployment: " + e.reason());
    }

    @ExceptionHandler(UnavailableCapabilityException.class)
    ResponseEntity<Object> capabilityMissing(UnavailableCapabilityException e) {
        return body(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
    }

    @ExceptionHandler({LlmEndpointException.class, ToolFailedException.class})
    ResponseEntity<Object> toolFailed(RuntimeException e) {
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "a component failed because the tool it uses did: "
                + e.getMessage());
    }

    @ExceptionHandler(CapabilityDownException.class)
    ResponseEntity<Object> capabilityDown(CapabilityDownException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(AdmissionRefusedException.class)
    ResponseEntity<Object> busy(AdmissionRefusedException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return DoorShape.PIPELINE.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), headers);
    }

    @ExceptionHandler({PipelineCancelledException.class, DecodeTimeoutException.class})
    ResponseEntity<Object> cancelled(RuntimeException e) {
        return body(HttpStatus.GATEWAY_TIMEOUT, "the pipeline did not finish in time: " + e.getMessage());
    }

    private static ResponseEntity<Object> body(HttpStatusCode status, String detail) {
        return DoorShape.PIPELINE.response(status, detail);
    }
}
