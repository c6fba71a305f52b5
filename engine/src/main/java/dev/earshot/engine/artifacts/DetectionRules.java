package dev.earshot.engine.artifacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one type's frame probabilities into events the way Relay's inference config describes: frames at or above
 * {@code threshold} are positive, overlapping or touching positive frames form one event, events of the type closer
 * than {@code mergeWindowMs} merge, and events shorter than {@code minDurationMs} are dropped (after merging). An
 * event's confidence is the highest probability among its frames; events end at the end of the file at most.
 *
 * @param threshold     probability a frame needs to count, 0 to 1 (Relay's default 0.5)
 * @param mergeWindowMs largest gap in milliseconds that still merges two events, 0 to 5000 (default 200)
 * @param minDurationMs shortest event in milliseconds that is kept, 0 to 1000 (default 50)
 */
public record DetectionRules(double threshold, long mergeWindowMs, long minDurationMs) {

    /** Relay's defaults: threshold 0.5, merge window 200 ms, minimum duration 50 ms. */
    public static final DetectionRules DEFAULT = new DetectionRules(0.5, 200, 50);

    public DetectionRules {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold is " + threshold + "; it must be 0 to 1");
        }
        if (mergeWindowMs < 0 || mergeWindowMs > 5000) {
            throw new IllegalArgumentException("merge_window_ms is " + mergeWindowMs + "; it must be 0 to 5000");
        }
        if (minDurationMs < 0 || minDurationMs > 1000) {
            throw new IllegalArgumentException("min_duration_ms is " + minDurationMs + "; it must be 0 to 1000");
        }
    }

    /**
     * The events of {@code type} in a file of {@code durationMs}, from one probability per frame of {@code grid}.
     *
     * @return events in time order, none overlapping
     */
    public List<ArtifactEvent> events(String type, double[] probabilities, FrameGrid grid, long durationMs) {
        if (probabilities.length != grid.frames(durationMs)) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for "
                    + grid.frames(durationMs) + " frames");
        }
        List<ArtifactEvent> merged = new ArrayList<>();
        ArtifactEvent open = null;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] < threshold) {
                continue;
            }
            long start = grid.startMs(i);
            long end = Math.min(grid.endMs(i), durationMs);
            if (open != null && start - open.endMs() <= mergeWindowMs) {
                open = new ArtifactEvent(type, open.startMs(), Math.max(end, open.endMs()),
                        Math.max(open.confidence(), probabilities[i]));
            } else {
                if (open != null) {
                    merged.add(open);
                }
                open = new ArtifactEvent(type, start, end, probabilities[i]);
            }
        }
        if (open != null) {
            merged.add(open);
        }
        merged.removeIf(event -> event.durationMs() < minDurationMs);
        return merged;
    }
}
