package dev.earshot.engine.error;

/** A known component id that has no implementation registered in this deployment. */
public class ComponentUnavailableException extends StepException {

    public ComponentUnavailableException(String componentId, int stepIndex) {
        super(componentId, stepIndex, "component '" + componentId + "' (components[" + stepIndex
                + "]) is known but not available in this deployment", null);
    }
}
