package dev.earshot.engine.artifacts.training;

import java.util.List;

/**
 * How a detector is trained: Relay's training config less its frame grid, which the labelled files' features carry.
 *
 * @param types           artifact types to train, one binary classifier each; at least one, none blank, unique
 * @param epochs          passes over the training frames, 1 to 100 (Relay's default 20)
 * @param validationSplit share of the files held out for validation, 0.1 to 0.5 (default 0.2); the split is by
 *                        file, never by frame
 * @param learningRate    the optimiser's step size (Adam), 0.0001 to 0.1 (default 0.001)
 * @param batchSize       frames per gradient step, 8 to 256 (default 32)
 * @param seed            seed of the file split and of the optimiser's shuffling: the same files, config and seed
 *                        train the same detector
 */
public record TrainingConfig(List<String> types, int epochs, double validationSplit, double learningRate,
                             int batchSize, long seed) {

    public static final int DEFAULT_EPOCHS = 20;
    public static final double DEFAULT_VALIDATION_SPLIT = 0.2;
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final int DEFAULT_BATCH_SIZE = 32;
    public static final long DEFAULT_SEED = 14;

    public TrainingConfig {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("artifact_types is empty; name at least one type to train");
        }
        if (types.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("artifact_types has a blank name: " + types);
        }
        if (types.stream().distinct().count() != types.size()) {
            throw new IllegalArgumentException("artifact_types repeats a type: " + types);
        }
        within("epochs", epochs, 1, 100);
        within("validation_split", validationSplit, 0.1, 0.5);
        within("learning_rate", learningRate, 0.0001, 0.1);
        within("batch_size", batchSize, 8, 256);
    }

    /** Relay's defaults for {@code types}, with {@link #DEFAULT_SEED}. */
    public static TrainingConfig defaults(List<String> types) {
        return new TrainingConfig(types, DEFAULT_EPOCHS, DEFAULT_VALIDATION_SPLIT, DEFAULT_LEARNING_RATE,
                DEFAULT_BATCH_SIZE, DEFAULT_SEED);
    }

    private static void within(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be " + min + " to " + max);
        }
    }
}
