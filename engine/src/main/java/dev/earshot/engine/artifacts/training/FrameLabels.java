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
            int first = (int) Math.max(0, Math.floorDiv(event.startMs() - grid.chunkMs(), grid.strideMs()) + 1);
            int last = (int) Math.min(frames - 1L, (event.endMs() - 1) / grid.strideMs());
            for (int frame = first; frame <= last; frame++) {
                long start = grid.startMs(frame);
                long end = Math.min(grid.endMs(frame), durationMs);
                long shared = Math.min(end, event.endMs()) - Math.max(start, event.startMs());
                if (shared <= 0) {
                    continue;
                }
                overlap[type][frame] = Math.min(end - start, overlap[type][frame] + shared);
                positive[type][frame] |= 2 * shared >= Math.min(end - start, event.durationMs());
            }
        }
        return new FrameLabels(List.copyOf(types), positive, overlap);
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
}
