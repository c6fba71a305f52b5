package dev.earshot.engine.error;

/**
 * One thing wrong with a pipeline request.
 *
 * @param stepIndex   0-based index of the step the problem is in, or -1 for the request as a whole
 * @param componentId the step's component id, or null
 * @param field       the parameter or field concerned, or null
 * @param message     what is wrong, in words a user can act on
 */
public record Problem(int stepIndex, String componentId, String field, String message) {

    public static Problem ofRequest(String message) {
        return new Problem(-1, null, null, message);
    }

    /** The problem as one sentence, naming the step and field. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (stepIndex >= 0) {
            text.append("components[").append(stepIndex).append(']');
            if (componentId != null) {
                text.append(" (").append(componentId).append(')');
            }
            if (field != null) {
                text.append(" params.").append(field);
            }
            text.append(": ");
        }
        return text.append(message).toString();
    }
}
