package dev.earshot.engine.error;

/**
 * A step that cannot run on the audio it was given because of what the request asked for, for example a
 * slice range that starts after the end of the audio. The request is at fault, not Earshot.
 */
public class StepRejectedException extends StepException {

    public StepRejectedException(String componentId, int stepIndex, String reason) {
        super(componentId, stepIndex, "components[" + stepIndex + "] (" + componentId + "): " + reason, null);
    }
}
