package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.error.EarshotException;

/**
 * Labelled files that cannot train a detector: too few files to split, a type without a positive frame on the
 * training side, files cut on different grids or with different features. The message names the problem in words
 * a user acts on.
 */
public class TrainingDataException extends EarshotException {

    public TrainingDataException(String message) {
        super(message);
    }
}
