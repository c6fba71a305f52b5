package dev.earshot.server.studio;

import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/training-jobs} of Relay: create (the prerequisites checked first, see {@link TrainingPrerequisites};
 * the work queued on the job engine, see {@link TrainingWork}), list (newest first), show and cancel. Cancelling a
 * job that is over is a 400.
 */
@RestController
class TrainingJobsDoor {

    static final String PATH = "/api/v1/training-jobs";
    private final StudioCallers callers;
    private final StudioAudio studio;
    private final TrainingPrerequisites prerequisites;
    private final TrainingJobRecords records;
    private final TrainingJobViews views;
    private final TrainingWork work;
    private final ObjectProvider<JobQueue> jobs;
    private final JsonMapper json;

    TrainingJobsDoor(StudioCallers callers, StudioAudio studio, TrainingPrerequisites prerequisites,
                     TrainingJobRecords records, TrainingJobViews views, TrainingWork work,
                     ObjectProvider<JobQueue> jobs, JsonMapper json) {
        this.callers = callers;
        this.studio = studio;
        this.prerequisites = prerequisites;
        this.records = records;
        this.views = views;
        this.work = work;
        this.jobs = jobs;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        StudioCaller caller = callers.writer(request);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String datasetId = body.uuid("dataset_id", true).orElse(null);
        String setId = body.uuid("annotation_set_id", true).orElse(null);
        TrainingJobConfig config = TrainingJobConfig.read(body).orElse(null);
        body.requireValid();
        StudioDataset dataset = studio.dataset(caller.projectId(), datasetId)
                .orElseThrow(() -> StudioException.notFound("Dataset"));
        AnnotationSet set = studio.annotationSet(dataset.id(), setId)
                .orElseThrow(() -> StudioException.notFound("Annotation set"));
        prerequisites.check(dataset, set, config);
        TrainingJob training = records.insert(caller.projectId(), dataset.id(), set.id(), config);
        work.submit(training, caller.key().keyId());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(training));
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request) {
        StudioCaller caller = callers.reader(request);
        PageRequest page = PageRequest.of(request);
        return page.body(records.page(caller.projectId(), page).stream().map(views::view).toList(),
                records.count(caller.projectId()));
    }

    @GetMapping(PATH + "/{jobId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String jobId) {
        return views.view(find(callers.reader(request), jobId));
    }

    @PostMapping(PATH + "/{jobId}/cancel")
    Map<String, Object> cancel(HttpServletRequest request, @PathVariable String jobId) {
        TrainingJob training = find(callers.writer(request), jobId);
        boolean queued = jobs.getObject().find(training.jobId()).isPresent();
        boolean cancelled = queued ? jobs.getObject().cancel(training.jobId())
                : training.finalStatus() == null && records.finish(training.id(), TrainingStatus.CANCELLED, 0, null,
                Instant.now());
        if (!cancelled) {
            Object status = views.view(training).get("status");
            throw StudioException.badRequest("The training job is " + status + " and can no longer be cancelled.");
        }
        return views.view(records.find(training.id()).orElseThrow());
    }

    private TrainingJob find(StudioCaller caller, String jobId) {
        return records.find(caller.projectId(), StudioIds.path("job_id", jobId))
                .orElseThrow(() -> StudioException.notFound("Training job"));
    }
}
