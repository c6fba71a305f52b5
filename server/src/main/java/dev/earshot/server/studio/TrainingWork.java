package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.artifacts.training.DetectorTrainer;
import dev.earshot.engine.artifacts.training.LabelledFile;
import dev.earshot.engine.artifacts.training.TrainingCancelledException;
import dev.earshot.engine.artifacts.training.TrainingOutcome;
import dev.earshot.engine.artifacts.training.TrainingProgress;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.jobs.NewJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of a training job, one job-engine job per training job: the frame features of every ready file of the
 * dataset on the job's grid ({@link StudioFeatures}; progress to 40%), the labels of the published annotation set,
 * {@link DetectorTrainer#train} (to 100%), and the detector's bytes stored as a blob of the attempt. The result names
 * that blob and carries the validation metrics; {@link TrainingJobListener} makes the model from it once the result
 * is committed. Cancelling stops the features between files and the training between types.
 */
@Component
class TrainingWork implements JobWork {

    static final String KIND = "studio-training";
    private static final double FEATURES_DONE = 0.4;
    private final DetectorTrainer trainer = new DetectorTrainer();
    private final TrainingJobRecords records;
    private final StudioAudio studio;
    private final StudioFeatures features;
    private final ObjectProvider<JobQueue> jobs;
    private final JsonMapper json;

    TrainingWork(TrainingJobRecords records, StudioAudio studio, StudioFeatures features,
                 ObjectProvider<JobQueue> jobs, JsonMapper json) {
        this.records = records;
        this.studio = studio;
        this.features = features;
        this.jobs = jobs;
        this.json = json;
    }

    /** Queues the work of a training job (its audio's length tells the job engine how long it may take). */
    void submit(TrainingJob training, String keyId) {
        double audioSeconds = studio.readyAudio(training.datasetId()).stream()
                .mapToLong(file -> file.durationMs() == null ? 0 : file.durationMs()).sum() / 1000.0;
        jobs.getObject().submit(new NewJob(training.jobId(), KIND, training.projectId(), keyId,
                json.writeValueAsString(Map.of("training_job_id", training.id())), audioSeconds, null, false));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        String id = json.readTree(job.input()).get("training_job_id").asString();
        TrainingJob training = records.find(id).orElseThrow(() -> new JobFailedException("the training job " + id
                + " no longer exists"));
        records.started(id, Instant.now());
        List<LabelledFile> files = labelledFiles(training, context);
        TrainingOutcome outcome = train(files, training.config(), context);
        Path detector = context.workDir().resolve("detector.bin");
        Files.write(detector, outcome.detector().toBytes());
        String key = context.store("detector.bin", detector, "application/octet-stream");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("training_job_id", id);
        result.put("detector_key", key);
        result.put("files", files.size());
        result.put("metrics", outcome.metrics().toMap());
        return json.writeValueAsString(result);
    }

    private List<LabelledFile> labelledFiles(TrainingJob training, JobContext context) throws IOException {
        StudioDataset dataset = studio.dataset(training.projectId(), training.datasetId())
                .orElseThrow(() -> new JobFailedException("the dataset was deleted before the training ran"));
        AnnotationSet set = studio.annotationSet(dataset.id(), training.annotationSetId())
                .orElseThrow(() -> new JobFailedException("the annotation set was deleted before the training ran"));
        Map<String, List<ArtifactEvent>> labels = studio.annotations(set).stream().collect(Collectors.groupingBy(
                Annotation::audioFileId, Collectors.mapping(a -> new ArtifactEvent(a.artifactType(), a.startMs(),
                        a.endMs(), a.confidence()), Collectors.toList())));
        List<StudioAudioFile> ready = studio.readyAudio(dataset.id());
        FrameGrid grid = training.config().grid();
        List<LabelledFile> files = new ArrayList<>();
        for (StudioAudioFile file : ready) {
            context.cancellation().check();
            files.add(new LabelledFile(file.id(), features.of(file, grid, context.workDir()),
                    labels.getOrDefault(file.id(), List.of())));
            context.progress(FEATURES_DONE * files.size() / ready.size());
        }
        return files;
    }

    private TrainingOutcome train(List<LabelledFile> files, TrainingJobConfig config, JobContext context) {
        try {
            return trainer.train(files, config.engineConfig(), new TrainingProgress() {
                @Override
                public void reached(double fraction) {
                    context.progress(FEATURES_DONE + (1 - FEATURES_DONE) * fraction);
                }

                @Override
                public boolean stopRequested() {
                    return context.cancellation().isCancelled();
                }
            });
        } catch (TrainingCancelledException e) {
            throw new PipelineCancelledException(e.getMessage());
        }
    }
}
