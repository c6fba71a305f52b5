package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.storage.BlobStore;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the model of a completed training job from its committed result, once: the model's id is derived from the
 * job's, its detector is copied into a blob of its own (the job's blobs expire with the job), and its row is
 * inserted only if absent. Calling it again, after a crash or from another node, changes nothing.
 */
@Component
class TrainedModels {

    private final ModelRecords models;
    private final StudioAudio studio;
    private final BlobStore blobs;
    private final JsonMapper json;

    TrainedModels(ModelRecords models, StudioAudio studio, BlobStore blobs, JsonMapper json) {
        this.models = models;
        this.studio = studio;
        this.blobs = blobs;
        this.json = json;
    }

    /** The model of {@code training}, whose job {@code job} succeeded; made now if it is not there yet. */
    @SuppressWarnings("unchecked")
    StudioModel make(TrainingJob training, Job job) {
        String id = StudioModel.idOf(training.id());
        return models.find(id).orElseGet(() -> {
            Map<String, Object> result = StoredJson.object(json, job.result());
            String key = StudioModel.detectorKey(id);
            try (InputStream in = blobs.open((String) result.get("detector_key"))) {
                blobs.put(key, in, "application/octet-stream");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            models.insertIfAbsent(new StudioModel(id, training.projectId(), training.id(), training.datasetId(),
                    name(training), training.config().artifactTypes(), training.config().grid(),
                    (Map<String, Object>) result.get("metrics"), key,
                    job.finishedAt() == null ? Instant.now() : job.finishedAt()));
            return models.find(id).orElseThrow();
        });
    }

    private String name(TrainingJob training) {
        return studio.dataset(training.projectId(), training.datasetId())
                .map(dataset -> dataset.name() + studio.annotationSet(dataset.id(), training.annotationSetId())
                        .map(set -> " (annotation set v" + set.version() + ")").orElse(""))
                .orElse("Model of training job " + training.id());
    }
}
