package dev.earshot.engine.error;

/** A pipeline step that failed while running; a fault of Earshot or its environment, not of the request. */
public class StepFailedException extends EarshotException {

    private final String componentId;
    private final int stepIndex;

    public StepFailedException(String componentId, int stepIndex, Throwable cause) {
        super("components[" + stepIndex + "] (" + componentId + ") failed: " + cause.getMessage(), cause);
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
