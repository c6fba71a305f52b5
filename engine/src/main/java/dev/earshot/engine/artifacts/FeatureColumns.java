package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import java.util.List;

/** A group of feature columns computed from one frame at a time. One instance per extraction; not thread-safe. */
interface FeatureColumns {

    /** Column names, in the order {@link #write} writes them. */
    List<String> names();

    /** Writes this group's values of {@code frame} into {@code row} from {@code offset}. */
    void write(FrameAnalysis frame, double[] row, int offset);
}
