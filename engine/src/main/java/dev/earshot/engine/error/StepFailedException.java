package dev.earshot.engine.error;

/** A pipeline step that failed while running; a fault of Earshot or its environment, not of the request. */
public class StepFailedException extends StepException {

    public StepFailedException(String componentId, int stepIndex, Throwable cause) {
        super(componentId, stepIndex, "components[" + stepIndex + "] (" + componentId + ") failed: "
                + cause.getMessage(), cause);
    }
}
