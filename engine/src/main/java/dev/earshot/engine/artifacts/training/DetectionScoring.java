package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted events against reference events, per type, in two ways.
 * <ul>
 *   <li><b>Event-based</b>, after sed_eval (Mesaros, Heittola and Virtanen, "Metrics for polyphonic sound event
 *   detection", 2016): a predicted event matches a reference event of the same type when its onset is within the
 *   collar ({@value #COLLAR_MS} ms) of the reference's onset and its offset within the collar or half the
 *   reference's length, whichever is longer, of the reference's offset; each event matches at most one other, with
 *   as many matches as possible. Matched predictions are true positives, unmatched predictions false positives,
 *   unmatched references false negatives. The reference is taken as its <i>frame span</i>: the span of the frames
 *   it marks positive on the detector's grid (the rule of the training frames). Detections are made of {@code
 *   chunk_size_ms} frames, so even a perfect frame classifier reports a 10 ms click as 750 ms on Relay's 500/250 ms
 *   grid; the collar measures how far a detection is from what the grid can express. On a grid of 1 ms frames the
 *   frame span is the reference itself.</li>
 *   <li><b>Segment-based</b>: each file is cut into segments of {@value #SEGMENT_MS} ms from its start (the last one
 *   may be shorter); a segment is active for a type when an event of the type overlaps it. Segments active in both
 *   are true positives, in the prediction only false positives, in the reference only false negatives.</li>
 * </ul>
 * Counts add up over files; {@link DetectionScores} gives the rates and the micro and macro averages.
 */
public final class DetectionScoring {

    /** The event-based collar in milliseconds. */
    public static final long COLLAR_MS = 200;
    /** The segment length of segment-based scoring in milliseconds. */
    public static final long SEGMENT_MS = 1000;

    private DetectionScoring() {
    }

    /**
     * Event-based scores with a collar of {@code collarMs} milliseconds, 0 or more, for detections made on
     * {@code grid}.
     */
    public static DetectionScores events(List<String> types, List<ScoredFile> files, FrameGrid grid, long collarMs) {
        if (collarMs < 0) {
            throw new IllegalArgumentException("the collar is " + collarMs + " ms; it cannot be negative");
        }
        return score(types, files, (reference, predicted, durationMs) -> {
            List<ArtifactEvent> expressible = reference.stream()
                    .map(event -> FrameLabels.onGrid(grid, durationMs, event)).toList();
            int matched = EventMatching.matched(expressible, predicted, collarMs);
            return new MatchCounts(matched, predicted.size() - matched, reference.size() - matched);
        });
    }

    /** Segment-based scores with segments of {@code segmentMs} milliseconds, 1 or more. */
    public static DetectionScores segments(List<String> types, List<ScoredFile> files, long segmentMs) {
        if (segmentMs < 1) {
            throw new IllegalArgumentException("the segment is " + segmentMs + " ms; it must be 1 ms or more");
        }
        return score(types, files, (referenceEvents, predictedEvents, durationMs) -> {
            boolean[] reference = active(referenceEvents, durationMs, segmentMs);
            boolean[] predicted = active(predictedEvents, durationMs, segmentMs);
            long both = 0;
            long predictedOnly = 0;
            long referenceOnly = 0;
            for (int k = 0; k < reference.length; k++) {
                both += reference[k] && predicted[k] ? 1 : 0;
                predictedOnly += predicted[k] && !reference[k] ? 1 : 0;
                referenceOnly += reference[k] && !predicted[k] ? 1 : 0;
            }
            return new MatchCounts(both, predictedOnly, referenceOnly);
        });
    }

    private static DetectionScores score(List<String> types, List<ScoredFile> files, FileScore fileScore) {
        Map<String, MatchCounts> byType = new LinkedHashMap<>();
        for (String type : types) {
            MatchCounts counts = MatchCounts.ZERO;
            for (ScoredFile file : files) {
                counts = counts.plus(fileScore.of(file.referenceOf(type), file.predictedOf(type), file.durationMs()));
            }
            byType.put(type, counts);
        }
        return new DetectionScores(types, byType);
    }

    private static boolean[] active(List<ArtifactEvent> events, long durationMs, long segmentMs) {
        boolean[] active = new boolean[(int) ((durationMs + segmentMs - 1) / segmentMs)];
        for (ArtifactEvent event : events) {
            long last = Math.min(active.length - 1L, (event.endMs() - 1) / segmentMs);
            for (long k = event.startMs() / segmentMs; k <= last; k++) {
                active[(int) k] = true;
            }
        }
        return active;
    }

    private interface FileScore {
        MatchCounts of(List<ArtifactEvent> reference, List<ArtifactEvent> predicted, long durationMs);
    }
}
