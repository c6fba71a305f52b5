package dev.earshot.engine.error;

/** A known component id that has no implementation registered in this deployment. */
public class ComponentUnavailableException extends EarshotException {

    private final String componentId;
    private final int stepIndex;

    public ComponentUnavailableException(String componentId, int stepIndex) {
        super("component '" + componentId + "' (components[" + stepIndex
                + "]) is known but not available in this deployment");
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
