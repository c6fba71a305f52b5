package dev.earshot.engine.artifacts;

import java.util.List;

/**
 * Features of every frame of one file on one grid: {@code rows[i][j]} is feature {@code names.get(j)} of frame
 * {@code i}. Rows are never changed after construction; callers must not write into them.
 *
 * @param grid       how the file was cut
 * @param durationMs length of the file in milliseconds
 * @param names      feature names, in column order, unique
 * @param rows       one row per frame of {@code grid.frames(durationMs)}, each of {@code names.size()} values
 */
public record FrameFeatures(FrameGrid grid, long durationMs, List<String> names, double[][] rows) {

    public FrameFeatures {
        names = List.copyOf(names);
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("feature names repeat: " + names);
        }
        if (rows.length != grid.frames(durationMs)) {
            throw new IllegalArgumentException(rows.length + " feature rows for " + grid.frames(durationMs)
                    + " frames");
        }
        for (double[] row : rows) {
            if (row.length != names.size()) {
                throw new IllegalArgumentException("a feature row has " + row.length + " values for "
                        + names.size() + " names");
            }
        }
    }

    /** Number of frames. */
    public int frames() {
        return rows.length;
    }

    /** The column of feature {@code name}. */
    public int column(String name) {
        int column = names.indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("no feature " + name + " among " + names);
        }
        return column;
    }
}
