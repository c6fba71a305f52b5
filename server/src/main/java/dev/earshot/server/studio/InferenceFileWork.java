package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.ArtifactModel;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.jobs.NewJob;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of one confirmed inference file, one job-engine job per file: decode it once ({@link StudioDecoder};
 * progress 30%), frame features on the model's grid (80%), the model's frame probabilities turned into detections by
 * the job's {@code DetectionRules}, stored on the file by the attempt that still owns the job. A file that is not
 * audio fails with the reason (see {@link InferenceFileListener}); an attempt stopped midway runs again from the
 * start and the detections are written once.
 */
@Component
class InferenceFileWork implements JobWork {

    static final String KIND = "studio-inference";
    private static final double DECODED = 0.3;
    private static final double FEATURED = 0.8;
    private final InferenceFileRecords files;
    private final InferenceJobRecords inferences;
    private final ModelCatalog catalog;
    private final StudioDecoder decoder;
    private final StudioFeatures features;
    private final ObjectProvider<JobQueue> jobs;
    private final JsonMapper json;

    InferenceFileWork(InferenceFileRecords files, InferenceJobRecords inferences, ModelCatalog catalog,
                      StudioDecoder decoder, StudioFeatures features, ObjectProvider<JobQueue> jobs,
                      JsonMapper json) {
        this.files = files;
        this.inferences = inferences;
        this.catalog = catalog;
        this.decoder = decoder;
        this.features = features;
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<NativeCapability> natives() {
        return Set.of(NativeCapability.FFMPEG);
    }

    /** Queues the processing of a file just confirmed. */
    void submit(InferenceFile file, String projectId, String keyId) {
        jobs.getObject().submit(new NewJob(file.jobId(), KIND, projectId, keyId,
                json.writeValueAsString(Map.of("file_id", file.id())), null, null, false));
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        String id = json.readTree(job.input()).get("file_id").asString();
        InferenceFile file = files.find(id).orElseThrow(() -> new JobFailedException("the inference file " + id
                + " no longer exists"));
        if (!files.startProcessing(id)) {
            return result(files.find(id).orElse(file));
        }
        InferenceJob inference = inferences.find(file.inferenceJobId()).orElseThrow(() -> new JobFailedException(
                "the inference job of file " + id + " no longer exists"));
        PcmFile audio = decoder.decode(file.originalKey(), file.originalFilename(), context.workDir());
        context.progress(DECODED);
        ArtifactModel model = catalog.model(inference.projectId(), inference.modelId());
        FrameFeatures frames = features.of(audio, model.grid());
        context.cancellation().check();
        context.progress(FEATURED);
        List<ArtifactEvent> detections = model.events(frames, inference.config().rules()).stream()
                .sorted(Comparator.comparingLong(ArtifactEvent::startMs).thenComparing(ArtifactEvent::type))
                .toList();
        files.complete(id, job.id(), context.attempt(), Math.round(audio.durationSeconds() * 1000), detections);
        context.progress(1);
        return result(files.find(id).orElse(file));
    }

    private String result(InferenceFile file) {
        return json.writeValueAsString(Map.of("file_id", file.id(), "status", file.status().wire(),
                "detection_count", file.detectionCount()));
    }
}
