package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import java.util.List;

/**
 * One file's reference events next to the events a detector predicted in it.
 *
 * @param durationMs length of the file in milliseconds, above 0
 * @param reference  the labelled events, any types
 * @param predicted  the detected events, any types
 */
public record ScoredFile(long durationMs, List<ArtifactEvent> reference, List<ArtifactEvent> predicted) {

    public ScoredFile {
        if (durationMs <= 0) {
            throw new IllegalArgumentException("a scored file needs a duration above 0 ms, got " + durationMs);
        }
        reference = List.copyOf(reference);
        predicted = List.copyOf(predicted);
    }

    List<ArtifactEvent> referenceOf(String type) {
        return reference.stream().filter(event -> event.type().equals(type)).toList();
    }

    List<ArtifactEvent> predictedOf(String type) {
        return predicted.stream().filter(event -> event.type().equals(type)).toList();
    }
}
