package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.BuiltInDetectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight built-in detectors as a ready model that needs no training: each type's probability in a frame is its
 * detector's score ({@code TYPE_score} of {@link ArtifactFeatureExtractor}), 0.5 and above meaning detected. Types:
 * {@code clipping}, {@code click}, {@code dropout}, {@code hum}, {@code dc_offset}, {@code noise_burst},
 * {@code low_level}, {@code band_limited}. Immutable and thread-safe.
 */
public final class BuiltInArtifactModel implements ArtifactModel {

    private final FrameGrid grid;

    /** On Relay's default grid, frames of 500 ms every 250 ms. */
    public BuiltInArtifactModel() {
        this(FrameGrid.DEFAULT);
    }

    /** @param grid the frames the model scores */
    public BuiltInArtifactModel(FrameGrid grid) {
        this.grid = grid;
    }

    /** A feature extractor on this model's grid. */
    public ArtifactFeatureExtractor extractor() {
        return new ArtifactFeatureExtractor(grid);
    }

    @Override
    public List<String> types() {
        return BuiltInDetectors.types();
    }

    @Override
    public FrameGrid grid() {
        return grid;
    }

    @Override
    public Map<String, double[]> probabilities(FrameFeatures features) {
        if (!features.grid().equals(grid)) {
            throw new IllegalArgumentException("features cut on " + features.grid() + "; this model scores " + grid);
        }
        Map<String, double[]> probabilities = new LinkedHashMap<>();
        for (String type : types()) {
            int column = features.column(ArtifactFeatureExtractor.scoreColumn(type));
            double[] values = new double[features.frames()];
            for (int i = 0; i < values.length; i++) {
                values[i] = features.rows()[i][column];
            }
            probabilities.put(type, values);
        }
        return probabilities;
    }
}
