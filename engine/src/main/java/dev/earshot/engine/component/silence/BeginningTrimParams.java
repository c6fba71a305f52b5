package dev.earshot.engine.component.silence;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * Params of {@code beg_silence_trimmer}.
 *
 * @param manualSegments {@code [start, end]} pairs in seconds on the original (untrimmed) timeline, each with
 *                       0 &lt;= start &lt; end; default none
 */
public record BeginningTrimParams(List<TimeRange> manualSegments) {

    public BeginningTrimParams {
        manualSegments = List.copyOf(manualSegments);
    }

    /** Reads the params, reporting bad pairs and unknown keys to {@code reader}. */
    public static BeginningTrimParams parse(ParamReader reader) {
        List<TimeRange> segments = reader.ranges("manual_segments");
        reader.rejectUnknownKeys();
        return new BeginningTrimParams(segments);
    }
}
