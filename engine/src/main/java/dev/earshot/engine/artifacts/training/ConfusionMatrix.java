package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frames counted by their reference class (rows) and predicted class (columns), over the types and {@value #NONE}.
 * Each frame is reduced to one class on each side: on the reference side the type of the labels covering most of
 * it among the types it is positive for (the rule of the training frames), on the predicted side the type of the
 * highest probability at or above the threshold; {@value #NONE} when there is no such type. Immutable.
 */
public final class ConfusionMatrix {

    /** The class of a frame that carries no type. */
    public static final String NONE = "none";

    private final List<String> classes;
    private final long[][] counts;

    private ConfusionMatrix(List<String> classes, long[][] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** No frames counted yet. */
    public static ConfusionMatrix empty(List<String> types) {
        List<String> classes = new ArrayList<>(types);
        classes.add(NONE);
        return new ConfusionMatrix(List.copyOf(classes), new long[classes.size()][classes.size()]);
    }

    /**
     * The frames of one file.
     *
     * @param probabilities one probability per frame of {@code grid} for each of {@code types}
     * @param threshold     the probability a frame needs to count for a type, 0 to 1
     */
    public static ConfusionMatrix ofFrames(List<String> types, FrameGrid grid, long durationMs,
                                           List<ArtifactEvent> reference, Map<String, double[]> probabilities,
                                           double threshold) {
        ConfusionMatrix matrix = empty(types);
        FrameLabels labels = FrameLabels.of(types, grid, durationMs, reference);
        int none = types.size();
        for (int frame = 0; frame < labels.frames(); frame++) {
            int wanted = labels.dominant(frame);
            int found = -1;
            double highest = threshold;
            for (int type = 0; type < types.size(); type++) {
                double probability = probabilities.get(types.get(type))[frame];
                if (probability >= threshold && (found < 0 || probability > highest)) {
                    found = type;
                    highest = probability;
                }
            }
            matrix.counts[wanted < 0 ? none : wanted][found < 0 ? none : found]++;
        }
        return matrix;
    }

    /** The types then {@value #NONE}: the order of rows and columns. */
    public List<String> classes() {
        return classes;
    }

    /** Frames of reference class {@code reference} predicted as {@code predicted}. */
    public long count(String reference, String predicted) {
        return counts[index(reference)][index(predicted)];
    }

    /** Both matrices' counts added up; both must have the same classes. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        if (!classes.equals(other.classes)) {
            throw new IllegalArgumentException("confusion matrices of " + classes + " and " + other.classes);
        }
        long[][] sum = new long[classes.size()][classes.size()];
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                sum[i][j] = counts[i][j] + other.counts[i][j];
            }
        }
        return new ConfusionMatrix(classes, sum);
    }

    /** {@code labels} (the classes) and {@code matrix}: one row per reference class, one column per predicted one. */
    public Map<String, Object> toMap() {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : counts) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("labels", classes);
        map.put("matrix", rows);
        return map;
    }

    private int index(String type) {
        int index = classes.indexOf(type);
        if (index < 0) {
            throw new IllegalArgumentException("no class " + type + " among " + classes);
        }
        return index;
    }
}
