package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.error.EarshotException;

/** A training stopped because its {@link TrainingProgress} asked it to or its thread was interrupted. */
public class TrainingCancelledException extends EarshotException {

    public TrainingCancelledException(String message) {
        super(message);
    }
}
