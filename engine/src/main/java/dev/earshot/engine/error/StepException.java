package dev.earshot.engine.error;

/** An error that belongs to one step of a plan; carries the step's index and component id. */
public abstract class StepException extends EarshotException {

    private final String componentId;
    private final int stepIndex;

    protected StepException(String componentId, int stepIndex, String message, Throwable cause) {
        super(message, cause);
        this.componentId = componentId;
        this.stepIndex = stepIndex;
    }

    public String componentId() {
        return componentId;
    }

    /** 0-based index of the step in its plan. */
    public int stepIndex() {
        return stepIndex;
    }
}
