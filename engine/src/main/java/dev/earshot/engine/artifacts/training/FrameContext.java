package dev.earshot.engine.artifacts.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each frame its neighbours: the classifier's row for frame {@code i} of a file is the standardised features
 * of frames {@code i - frames} to {@code i + frames}, side by side; at the file's edges the nearest frame stands in
 * for the missing ones. An artifact spans several overlapping frames, and a frame read beside its neighbours tells
 * an artifact from a passing fluctuation better than one read alone.
 *
 * @param frames neighbours on each side, 0 or more
 */
record FrameContext(int frames) {

    /** One neighbour on each side: what the trainer uses. */
    static final FrameContext DEFAULT = new FrameContext(1);

    FrameContext {
        if (frames < 0) {
            throw new IllegalArgumentException("frame context cannot be negative, got " + frames);
        }
    }

    /** Columns of a row with neighbours, for {@code columns} features. */
    int width(int columns) {
        return columns * (2 * frames + 1);
    }

    /** The rows with neighbours of one file, from its standardised rows. */
    List<double[]> rows(List<double[]> file) {
        List<double[]> rows = new ArrayList<>(file.size());
        for (int i = 0; i < file.size(); i++) {
            int columns = file.get(i).length;
            double[] row = new double[width(columns)];
            for (int offset = -frames; offset <= frames; offset++) {
                double[] neighbour = file.get(Math.max(0, Math.min(file.size() - 1, i + offset)));
                System.arraycopy(neighbour, 0, row, (offset + frames) * columns, columns);
            }
            rows.add(row);
        }
        return rows;
    }
}
