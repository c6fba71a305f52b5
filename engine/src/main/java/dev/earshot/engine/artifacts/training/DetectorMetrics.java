package dev.earshot.engine.artifacts.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a trained detector did on the validation files: events after Relay's default rules (threshold 0.5, merge
 * window 200 ms, minimum duration 50 ms) scored event-based and segment-based, frames in a confusion matrix, and
 * what each side of the split held.
 *
 * @param types        the types trained, in order
 * @param threshold    the probability a frame needed to count, 0 to 1
 * @param collarMs     the event-based collar in milliseconds
 * @param segmentMs    the segment length of segment-based scoring in milliseconds
 * @param eventBased   event-based scores per type, micro and macro
 * @param segmentBased segment-based scores per type, micro and macro
 * @param confusion    validation frames by reference and predicted class
 * @param training     the files trained on
 * @param validation   the files held out
 */
public record DetectorMetrics(List<String> types, double threshold, long collarMs, long segmentMs,
                              DetectionScores eventBased, DetectionScores segmentBased, ConfusionMatrix confusion,
                              SplitSummary training, SplitSummary validation) {

    public DetectorMetrics {
        types = List.copyOf(types);
    }

    /** The metrics as maps, lists, strings and numbers with snake_case keys, ready to be written as JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("collar_ms", collarMs);
        events.putAll(eventBased.toMap());
        Map<String, Object> segments = new LinkedHashMap<>();
        segments.put("segment_ms", segmentMs);
        segments.putAll(segmentBased.toMap());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("artifact_types", types);
        map.put("threshold", threshold);
        map.put("event_based", events);
        map.put("segment_based", segments);
        map.put("confusion_matrix", confusion.toMap());
        map.put("training", training.toMap());
        map.put("validation", validation.toMap());
        return map;
    }
}
