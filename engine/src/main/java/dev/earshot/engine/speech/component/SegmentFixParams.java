package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * Params of {@code fix_manual_segments} (unknown keys are rejected).
 *
 * @param segments        {@code manual_segments}: required, non-empty list of {@code [start_sec, end_sec]} pairs
 *                        with 0 &lt;= start &lt; end, in time order and not overlapping (touching is allowed)
 * @param maxShiftSeconds {@code max_shift_seconds}: the farthest an edge may move, in seconds, 0 to 60;
 *                        default 1.0
 * @param edgeToleranceMs {@code edge_tolerance_ms}: an edge cuts a word only when it lies inside the word by more
 *                        than this on both sides, in ms, 0 to 1000; default 30 (as {@code check_segments})
 * @param minPauseMs      {@code min_pause_ms}: a silence between two words is a pause from this length on, in
 *                        ms, 0 to 60000; default 250 (as {@code speech_fluency_check})
 * @param language        {@code language}: see {@link LanguageParam}; default "en"
 */
public record SegmentFixParams(List<TimeRange> segments, double maxShiftSeconds, int edgeToleranceMs,
                               int minPauseMs, String language) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static SegmentFixParams read(ParamReader reader) {
        SegmentFixParams params = new SegmentFixParams(ManualSegments.read(reader, true),
                reader.number("max_shift_seconds", 1.0, 0, 60), ManualSegments.readTolerance(reader),
                reader.integer("min_pause_ms", 250, 0, 60_000), LanguageParam.read(reader));
        reader.rejectUnknownKeys();
        return params;
    }
}
