package dev.earshot.engine.pipeline;

/**
 * One step as a request states it, before validation.
 *
 * @param componentId the requested component id (may be null or blank in a bad request)
 * @param params      the raw params value: null, or a Map for a valid request; anything else is reported
 */
public record StepSpec(String componentId, Object params) {
}
