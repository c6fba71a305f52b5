package dev.earshot.engine.testing;

import dev.earshot.engine.artifacts.ArtifactEvent;
import java.util.List;

/**
 * Event-based precision and recall of one type's detections against its labels: a detection and a label match when
 * they overlap once each is widened by a collar on both sides (200 ms in Relay's metrics). Precision is the share of
 * detections that match some label, recall the share of labels that some detection matches.
 *
 * @param labels     number of labels
 * @param detections number of detections
 * @param found      labels matched by a detection
 * @param correct    detections that match a label
 */
public record EventMatch(int labels, int detections, int found, int correct) {

    /** The match of {@code detections} against {@code labels} with a collar of {@code collarMs}. */
    public static EventMatch of(List<ArtifactEvent> labels, List<ArtifactEvent> detections, long collarMs) {
        int found = (int) labels.stream().filter(label -> detections.stream()
                .anyMatch(detection -> overlap(label, detection, collarMs))).count();
        int correct = (int) detections.stream().filter(detection -> labels.stream()
                .anyMatch(label -> overlap(label, detection, collarMs))).count();
        return new EventMatch(labels.size(), detections.size(), found, correct);
    }

    private static boolean overlap(ArtifactEvent a, ArtifactEvent b, long collarMs) {
        return a.startMs() - collarMs < b.endMs() && b.startMs() - collarMs < a.endMs();
    }

    /** Share of detections that match a label; 1 when there are none. */
    public double precision() {
        return detections == 0 ? 1 : correct / (double) detections;
    }

    /** Share of labels found; 1 when there are none. */
    public double recall() {
        return labels == 0 ? 1 : found / (double) labels;
    }

    @Override
    public String toString() {
        return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), correct, detections, recall(),
                found, labels);
    }
}
