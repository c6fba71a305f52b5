package dev.earshot.engine.error;

/**
 * A known component that cannot run in this deployment: no implementation is registered, or the one registered
 * lacks something outside Earshot for the params asked (a system tool, a language pair, an LLM endpoint).
 */
public class ComponentUnavailableException extends StepException {

    private final String reason;

    public ComponentUnavailableException(String componentId, int stepIndex) {
        super(componentId, stepIndex, "component '" + componentId + "' (components[" + stepIndex
                + "]) is known but not available in this deployment", null);
        this.reason = null;
    }

    /** @param reason what is missing and how to add it, in words a user acts on */
    public ComponentUnavailableException(String componentId, int stepIndex, String reason) {
        super(componentId, stepIndex, "component '" + componentId + "' (components[" + stepIndex
                + "]) cannot run in this deployment: " + reason, null);
        this.reason = reason;
    }

    /** What is missing and how to add it; null when no implementation is registered at all. */
    public String reason() {
        return reason;
    }
}
