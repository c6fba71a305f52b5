package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.List;

/**
 * The types each frame of one file carries, from labelled events. A frame is positive for a type when one label of
 * that type overlaps it by at least half of the shorter of the two: a label covering half the frame or more, or a
 * short label (a click of 10 ms) lying at least half inside it. Half a frame alone would never mark a click; the
 * frame's centre alone would miss most of them. The last frame is taken to end with the file.
 *
 * @param types    the types, in the order of the rows
 * @param positive {@code positive[t][i]}: frame {@code i} carries {@code types.get(t)}
 * @param overlap  {@code overlap[t][i]}: milliseconds of frame {@code i} covered by labels of that type
 */
record FrameLabels(List<String> types, boolean[][] positive, long[][] overlap) {

    static FrameLabels of(List<String> types, FrameGrid grid, long durationMs, List<ArtifactEvent> events) {
        int frames = grid.frames(durationMs);
        boolean[][] positive = new boolean[types.size()][frames];
        long[][] overlap = new long[types.size()][frames];
        for (ArtifactEvent event : events) {
            int type = types.indexOf(event.type());
            if (type < 0) {
                continue;
            }
            for (int frame = first(grid, event); frame <= last(grid, frames, event); frame++) {
                long length = end(grid, durationMs, frame) - grid.startMs(frame);
                long shared = shared(grid, durationMs, frame, event);
                overlap[type][frame] = Math.min(length, overlap[type][frame] + Math.max(0, shared));
                positive[type][frame] |= marks(grid, durationMs, frame, event);
            }
        }
        return new FrameLabels(List.copyOf(types), positive, overlap);
    }

    /**
     * The span of the frames {@code event} marks positive: the closest a detector on {@code grid} can report it.
     * The event itself when it marks none (it lies past the end of the file).
     */
    static ArtifactEvent onGrid(FrameGrid grid, long durationMs, ArtifactEvent event) {
        int frames = grid.frames(durationMs);
        long start = -1;
        long end = -1;
        for (int frame = first(grid, event); frame <= last(grid, frames, event); frame++) {
            if (marks(grid, durationMs, frame, event)) {
                start = start < 0 ? grid.startMs(frame) : start;
                end = end(grid, durationMs, frame);
            }
        }
        return start < 0 ? event : new ArtifactEvent(event.type(), start, end, event.confidence());
    }

    int frames() {
        return positive.length == 0 ? 0 : positive[0].length;
    }

    /** Frames positive for type {@code type} (its index). */
    int positives(int type) {
        int count = 0;
        for (boolean carries : positive[type]) {
            count += carries ? 1 : 0;
        }
        return count;
    }

    /** The positive type covering most of frame {@code frame} (first in order on a tie), or -1 for none. */
    int dominant(int frame) {
        int best = -1;
        for (int type = 0; type < types.size(); type++) {
            if (positive[type][frame] && (best < 0 || overlap[type][frame] > overlap[best][frame])) {
                best = type;
            }
        }
        return best;
    }

    private static boolean marks(FrameGrid grid, long durationMs, int frame, ArtifactEvent event) {
        long shared = shared(grid, durationMs, frame, event);
        long length = end(grid, durationMs, frame) - grid.startMs(frame);
        return shared > 0 && 2 * shared >= Math.min(length, event.durationMs());
    }

    private static long shared(FrameGrid grid, long durationMs, int frame, ArtifactEvent event) {
        return Math.min(end(grid, durationMs, frame), event.endMs()) - Math.max(grid.startMs(frame), event.startMs());
    }

    private static long end(FrameGrid grid, long durationMs, int frame) {
        return Math.min(grid.endMs(frame), durationMs);
    }

    /** The first frame that can overlap {@code event}. */
    private static int first(FrameGrid grid, ArtifactEvent event) {
        return (int) Math.max(0, Math.floorDiv(event.startMs() - grid.chunkMs(), grid.strideMs()) + 1);
    }

    /** The last frame that can overlap {@code event}, of {@code frames}. */
    private static int last(FrameGrid grid, int frames, ArtifactEvent event) {
        return (int) Math.min(frames - 1L, (event.endMs() - 1) / grid.strideMs());
    }
}
