package dev.earshot.engine.artifacts.training;

/**
 * Hears how far a training got and may ask it to stop. Training calls {@link #reached} with fractions that only
 * grow, after each type's classifier and once more (with 1) when the validation metrics are done; it asks {@link
 * #stopRequested()} before each type and before the metrics, and then throws {@link TrainingCancelledException}.
 * An interrupted training thread stops the same way.
 */
public interface TrainingProgress {

    /** Training is {@code fraction} done, 0 to 1. */
    void reached(double fraction);

    /** True to stop the training at its next check. */
    default boolean stopRequested() {
        return false;
    }

    /** Hears nothing and never stops a training. */
    static TrainingProgress none() {
        return fraction -> { };
    }
}
