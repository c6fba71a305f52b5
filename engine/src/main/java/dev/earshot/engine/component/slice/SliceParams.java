package dev.earshot.engine.component.slice;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * Params of {@code slice_audio}.
 *
 * @param ranges {@code [start, end]} pairs in seconds, each with 0 &lt;= start &lt; end; default none
 *               (pass-through)
 */
public record SliceParams(List<TimeRange> ranges) {

    public SliceParams {
        ranges = List.copyOf(ranges);
    }

    /** Reads the params, reporting bad pairs and unknown keys to {@code reader}. */
    public static SliceParams parse(ParamReader reader) {
        List<TimeRange> ranges = reader.ranges("ranges");
        reader.rejectUnknownKeys();
        return new SliceParams(ranges);
    }
}
