package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactModel;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detector trained on a dataset's labels: one binary classifier per type over the frame features it was trained
 * on, standardised with the training files' statistics, each frame read beside its neighbours. Probabilities are
 * logistic outputs, so a frame counts for a type at Relay's threshold (probability at or above it, 0.5 by default).
 * It is stored as the bytes of {@link #toBytes()} and read back, in this JVM or another, by {@link #fromBytes}.
 * Immutable and thread-safe.
 */
public final class TrainedDetector implements ArtifactModel {

    private final FrameGrid grid;
    private final List<String> featureNames;
    private final Standardisation standardisation;
    private final FrameContext context;
    private final List<String> types;
    private final List<TypeClassifier> classifiers;

    TrainedDetector(FrameGrid grid, List<String> featureNames, Standardisation standardisation, FrameContext context,
                    List<String> types, List<TypeClassifier> classifiers) {
        this.grid = grid;
        this.featureNames = List.copyOf(featureNames);
        this.standardisation = standardisation;
        this.context = context;
        this.types = List.copyOf(types);
        this.classifiers = List.copyOf(classifiers);
    }

    @Override
    public List<String> types() {
        return types;
    }

    @Override
    public FrameGrid grid() {
        return grid;
    }

    /** The feature names the detector was trained on; features given to it must have exactly these (any order). */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * @throws IllegalArgumentException when {@code features} are cut on another grid or their names are not the ones
     *                                  the detector was trained on
     */
    @Override
    public Map<String, double[]> probabilities(FrameFeatures features) {
        List<double[]> rows = classifierRows(features);
        Map<String, double[]> probabilities = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            probabilities.put(types.get(t), classifiers.get(t).probabilities(rows));
        }
        return probabilities;
    }

    /** A compact, versioned form of the detector (gzip of its grid, features, statistics and Tribuo models). */
    public byte[] toBytes() {
        return DetectorFormat.write(grid, featureNames, standardisation, context, types, classifiers);
    }

    /**
     * Reads a detector written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when {@code bytes} are not a detector or are of a format version this Earshot
     *                                  does not read
     */
    public static TrainedDetector fromBytes(byte[] bytes) {
        return DetectorFormat.read(bytes);
    }

    /**
     * The rows the classifiers read: the features in training order, standardised, beside their neighbours.
     *
     * @throws IllegalArgumentException when {@code features} are cut on another grid or their names are not the ones
     *                                  the detector was trained on
     */
    List<double[]> classifierRows(FrameFeatures features) {
        if (!features.grid().equals(grid)) {
            throw new IllegalArgumentException("the features are cut in frames of " + features.grid().chunkMs()
                    + " ms every " + features.grid().strideMs() + " ms; this detector was trained on frames of "
                    + grid.chunkMs() + " ms every " + grid.strideMs() + " ms");
        }
        int[] columns = columnsOf(features.names());
        List<double[]> rows = new ArrayList<>(features.frames());
        for (double[] row : features.rows()) {
            double[] ordered = new double[columns.length];
            for (int j = 0; j < columns.length; j++) {
                ordered[j] = row[columns[j]];
            }
            rows.add(standardisation.apply(ordered));
        }
        return context.rows(rows);
    }

    private int[] columnsOf(List<String> names) {
        if (names.size() != featureNames.size() || !names.containsAll(featureNames)) {
            List<String> missing = featureNames.stream().filter(name -> !names.contains(name)).toList();
            List<String> unexpected = names.stream().filter(name -> !featureNames.contains(name)).toList();
            throw new IllegalArgumentException("the features are not the ones this detector was trained on: missing "
                    + missing + ", not expected " + unexpected);
        }
        return featureNames.stream().mapToInt(names::indexOf).toArray();
    }
}
