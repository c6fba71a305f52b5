package dev.earshot.engine.artifacts;

import java.util.List;
import java.util.Map;

/**
 * Something that scores every frame of a file for artifact types: the built-in detectors offered as a ready model,
 * or a detector trained on a dataset's labels. Implementations are immutable and thread-safe.
 */
public interface ArtifactModel {

    /** The artifact types this model scores, in a stable order, unique. */
    List<String> types();

    /** The frames the model scores; features given to {@link #probabilities} must be cut on this grid. */
    FrameGrid grid();

    /**
     * One probability (0 to 1) per frame of {@code features} for each of {@link #types()}.
     *
     * @param features frame features made by {@code ArtifactFeatureExtractor} on {@link #grid()}
     * @return type to probabilities, one array per type, each of {@code features.frames()} values
     */
    Map<String, double[]> probabilities(FrameFeatures features);

    /** The events of every type, in time order per type, after {@code rules}. */
    default List<ArtifactEvent> events(FrameFeatures features, DetectionRules rules) {
        return probabilities(features).entrySet().stream()
                .flatMap(type -> rules.events(type.getKey(), type.getValue(), features.grid(),
                        features.durationMs()).stream())
                .toList();
    }
}
