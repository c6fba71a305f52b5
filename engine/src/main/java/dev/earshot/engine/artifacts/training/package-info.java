/**
 * Training artifact detectors on a dataset's labels and measuring them. {@link
 * dev.earshot.engine.artifacts.training.DetectorTrainer} cuts labelled files into frames (Relay's {@code
 * chunk_size_ms} and {@code stride_ms}), splits them by file into training and validation sides, trains one binary
 * logistic classifier per artifact type with Tribuo and scores the validation side with {@link
 * dev.earshot.engine.artifacts.training.DetectionScoring}: event-based (200 ms collar) and segment-based (1 s)
 * precision, recall and F1 per type, micro and macro, and a frame-level confusion matrix. The {@link
 * dev.earshot.engine.artifacts.training.TrainedDetector} it makes is an {@code ArtifactModel} that is stored as bytes.
 */
package dev.earshot.engine.artifacts.training;
