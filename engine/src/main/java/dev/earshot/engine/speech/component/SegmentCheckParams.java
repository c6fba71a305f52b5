package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * Params of {@code check_segments} (unknown keys are rejected).
 *
 * @param segments        {@code manual_segments}: required, non-empty list of {@code [start_sec, end_sec]} pairs
 *                        with 0 &lt;= start &lt; end, in any order (each is checked on its own)
 * @param edgeToleranceMs {@code edge_tolerance_ms}: an edge cuts a word only when it lies inside the word by more
 *                        than this on both sides, in ms, 0 to 1000; default 30
 * @param language        {@code language}: see {@link LanguageParam}; default "en"
 * @param vad             the optional VAD keys of {@code speech_duration_measurement} (see {@link VadParams})
 */
public record SegmentCheckParams(List<TimeRange> segments, int edgeToleranceMs, String language, VadParams vad) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static SegmentCheckParams read(ParamReader reader) {
        SegmentCheckParams params = new SegmentCheckParams(ManualSegments.read(reader, false),
                ManualSegments.readTolerance(reader), LanguageParam.read(reader), VadParams.read(reader));
        reader.rejectUnknownKeys();
        return params;
    }
}
