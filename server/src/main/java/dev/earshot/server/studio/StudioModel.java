package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameGrid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A model a training job made: a trained detector of the job's types on the job's frame grid.
 *
 * @param metrics     the detector's validation metrics ({@code DetectorMetrics.toMap()})
 * @param detectorKey the blob holding the detector's bytes ({@code TrainedDetector.toBytes()})
 */
record StudioModel(String id, String projectId, String trainingJobId, String datasetId, String name,
                   List<String> artifactTypes, FrameGrid grid, Map<String, Object> metrics, String detectorKey,
                   Instant createdAt) {

    StudioModel {
        artifactTypes = List.copyOf(artifactTypes);
    }

    /** Where a model keeps its detector's bytes: its own blob, kept when the training job's blobs expire. */
    static String detectorKey(String modelId) {
        return "studio/models/" + modelId + "/detector.bin";
    }

    /** The id of the model a training job makes: the same for every attempt, so a job makes one model at most. */
    static String idOf(String trainingJobId) {
        return UUID.nameUUIDFromBytes(("earshot-studio-model:" + trainingJobId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
