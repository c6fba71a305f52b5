package dev.earshot.engine.artifacts.training;

/**
 * What a training made.
 *
 * @param detector the trained detector
 * @param metrics  how it did on the validation files
 */
public record TrainingOutcome(TrainedDetector detector, DetectorMetrics metrics) {
}
