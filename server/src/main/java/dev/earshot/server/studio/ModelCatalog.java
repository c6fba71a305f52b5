package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactModel;
import dev.earshot.engine.artifacts.BuiltInArtifactModel;
import dev.earshot.engine.artifacts.training.TrainedDetector;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The detector behind a model id: the built-in detectors for {@link BuiltInModel#ID}, else a project's trained
 * detector read back from its bytes. Models never change, so the last few read are kept for the next files.
 */
@Component
class ModelCatalog {

    private static final int KEPT = 8;
    private static final ArtifactModel BUILT_IN = new BuiltInArtifactModel(BuiltInModel.GRID);
    private final ModelRecords models;
    private final BlobStore blobs;
    private final Map<String, ArtifactModel> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ArtifactModel> eldest) {
                    return size() > KEPT;
                }
            });

    ModelCatalog(ModelRecords models, BlobStore blobs) {
        this.models = models;
        this.blobs = blobs;
    }

    /** True when the project may run the model: the built-in one, or one of its own. */
    boolean exists(String projectId, String modelId) {
        return modelId.equals(BuiltInModel.ID) || models.find(projectId, modelId).isPresent();
    }

    /** The project's model {@code modelId}, ready to score frames. */
    ArtifactModel model(String projectId, String modelId) {
        if (modelId.equals(BuiltInModel.ID)) {
            return BUILT_IN;
        }
        ArtifactModel kept = recent.get(modelId);
        if (kept != null) {
            return kept;
        }
        StudioModel model = models.find(projectId, modelId)
                .orElseThrow(() -> new JobFailedException("the model " + modelId + " no longer exists"));
        try (InputStream in = blobs.open(model.detectorKey())) {
            TrainedDetector detector = TrainedDetector.fromBytes(in.readAllBytes());
            recent.put(modelId, detector);
            return detector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
