package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Labelled files made in code: events of {@link #TYPES} at random times (clicks of 10-40 ms, hum of 1.5-4 s, long
 * pauses of 0.8-2 s, 2-6 s apart per type) and frame features of Gaussian noise, where three columns per type are
 * raised by {@code separation} standard deviations on the frames positive for that type. When the features follow
 * the labels, a type is learnable; otherwise the features follow events drawn apart from the labels, and nothing
 * in them tells where the labels are.
 */
final class SyntheticFiles {

    static final List<String> TYPES = List.of("click", "hum", "long_pause");
    static final int COLUMNS_PER_TYPE = 3;

    private final long durationMs;
    private final int columns;
    private final double separation;

    SyntheticFiles(long durationMs, int columns, double separation) {
        if (columns < TYPES.size() * COLUMNS_PER_TYPE) {
            throw new IllegalArgumentException("at least " + TYPES.size() * COLUMNS_PER_TYPE + " columns");
        }
        this.durationMs = durationMs;
        this.columns = columns;
        this.separation = separation;
    }

    static List<String> featureNames(int columns) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add(String.format(Locale.ROOT, "feature_%02d", j));
        }
        return names;
    }

    /** {@code count} files with ids {@code file-00}, ... whose features follow their labels. */
    List<LabelledFile> learnable(int count, long seed) {
        return files(count, seed, true);
    }

    /** {@code count} files whose labels are drawn apart from the events their features follow. */
    List<LabelledFile> randomLabels(int count, long seed) {
        return files(count, seed, false);
    }

    private List<LabelledFile> files(int count, long seed, boolean featuresFollowLabels) {
        List<LabelledFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1000 + i);
            List<ArtifactEvent> signal = events(random);
            List<ArtifactEvent> labels = featuresFollowLabels ? signal : events(random);
            files.add(new LabelledFile(String.format(Locale.ROOT, "file-%02d", i), features(signal, random), labels));
        }
        return files;
    }

    List<ArtifactEvent> events(Random random) {
        List<ArtifactEvent> events = new ArrayList<>();
        long[][] lengths = {{10, 40}, {1500, 4000}, {800, 2000}};
        for (int type = 0; type < TYPES.size(); type++) {
            long at = 500 + random.nextInt(3000);
            while (true) {
                long length = lengths[type][0] + random.nextInt((int) (lengths[type][1] - lengths[type][0]));
                if (at + length > durationMs) {
                    break;
                }
                events.add(new ArtifactEvent(TYPES.get(type), at, at + length, 1));
                at += length + 2000 + random.nextInt(4000);
            }
        }
        return events;
    }

    FrameFeatures features(List<ArtifactEvent> signal, Random random) {
        FrameGrid grid = FrameGrid.DEFAULT;
        FrameLabels marks = FrameLabels.of(TYPES, grid, durationMs, signal);
        double[][] rows = new double[grid.frames(durationMs)][columns];
        for (int frame = 0; frame < rows.length; frame++) {
            for (int j = 0; j < columns; j++) {
                rows[frame][j] = 10 + 2 * random.nextGaussian();
            }
            for (int type = 0; type < TYPES.size(); type++) {
                if (marks.positive()[type][frame]) {
                    for (int k = 0; k < COLUMNS_PER_TYPE; k++) {
                        rows[frame][type * COLUMNS_PER_TYPE + k] += 2 * separation;
                    }
                }
            }
        }
        return new FrameFeatures(grid, durationMs, featureNames(columns), rows);
    }
}
