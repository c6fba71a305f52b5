package dev.earshot.engine.error;

/**
 * A step that cannot run on the audio it was given because of what the request asked for, for example a
 * slice range that starts after the end of the audio. The request is at fault, not Earshot.
 */
public class StepRejectedException extends EarshotException {

    private final String componentId;
    private final int stepIndex;

    public StepRejectedException(String componentId, int stepIndex, String reason) {
        super("components[" + stepIndex + "] (" + componentId + "): " + reason);
        this.componentId = componentId;
        this.stepIndex = stepIndex;
    }

    public String componentId() {
        return componentId;
    }

    public int stepIndex() {
        return stepIndex;
    }
}
