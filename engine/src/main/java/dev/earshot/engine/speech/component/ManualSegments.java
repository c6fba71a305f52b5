package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * The {@code manual_segments} param of the segment components: a non-empty list of {@code [start, end]} pairs
 * in seconds of the working audio, each with 0 &lt;= start &lt; end.
 */
final class ManualSegments {

    static final String KEY = "manual_segments";

    private ManualSegments() {
    }

    /**
     * Reads the segments, reporting a missing or empty list, and with {@code ordered} also segments out of time
     * order or overlapping (touching is allowed).
     */
    static List<TimeRange> read(ParamReader reader, boolean ordered) {
        List<TimeRange> segments = reader.ranges(KEY);
        if (segments.isEmpty()) {
            reader.reject(KEY, "needs at least one [start_sec, end_sec] pair");
        }
        for (int i = 1; ordered && i < segments.size(); i++) {
            if (segments.get(i).start() < segments.get(i - 1).end()) {
                reader.reject(KEY, "segments must be in time order and must not overlap; segment " + i
                        + " starts at " + segments.get(i).start() + " s, before segment " + (i - 1) + " ends ("
                        + segments.get(i - 1).end() + " s)");
            }
        }
        return segments;
    }

    /** Reads {@code edge_tolerance_ms}: how far an edge may lie inside a word without cutting it, default 30. */
    static int readTolerance(ParamReader reader) {
        return reader.integer("edge_tolerance_ms", 30, 0, 1000);
    }
}
