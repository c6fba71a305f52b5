package dev.earshot.server.studio;

import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
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
 * {@code /api/v1/inference-jobs} of Relay: create (a model the caller may run: the built-in one or one of its
 * project's; the detection rules of {@link InferenceConfig}), list (newest first), show with {@code files}, and
 * cancel a pending or processing job (its unfinished files fail as cancelled). Files are added through
 * {@link InferenceFilesDoor}.
 */
@RestController
class InferenceJobsDoor {

    static final String PATH = "/api/v1/inference-jobs";
    private final StudioCallers callers;
    private final ModelCatalog catalog;
    private final InferenceJobRecords inferences;
    private final InferenceFileRecords files;
    private final InferenceJobViews views;
    private final ObjectProvider<JobQueue> jobs;
    private final JsonMapper json;

    InferenceJobsDoor(StudioCallers callers, ModelCatalog catalog, InferenceJobRecords inferences,
                      InferenceFileRecords files, InferenceJobViews views, ObjectProvider<JobQueue> jobs,
                      JsonMapper json) {
        this.callers = callers;
        this.catalog = catalog;
        this.inferences = inferences;
        this.files = files;
        this.views = views;
        this.jobs = jobs;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        StudioCaller caller = callers.writer(request);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String modelId = body.uuid("model_id", true).orElse(null);
        InferenceConfig config = InferenceConfig.read(body).orElse(null);
        body.requireValid();
        if (!catalog.exists(caller.projectId(), modelId)) {
            throw StudioException.notFound("Model");
        }
        InferenceJob job = inferences.insert(caller.projectId(), modelId, config);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(job));
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request) {
        StudioCaller caller = callers.reader(request);
        PageRequest page = PageRequest.of(request);
        return page.body(inferences.page(caller.projectId(), page).stream().map(views::view).toList(),
                inferences.count(caller.projectId()));
    }

    @GetMapping(PATH + "/{jobId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String jobId) {
        return views.detail(owned(callers.reader(request), jobId));
    }

    @PostMapping(PATH + "/{jobId}/cancel")
    Map<String, Object> cancel(HttpServletRequest request, @PathVariable String jobId) {
        InferenceJob job = owned(callers.writer(request), jobId);
        String status = views.status(job);
        if (!List.of("pending", "processing").contains(status) || !inferences.cancel(job.id())) {
            throw StudioException.badRequest("The inference job is " + status + "; only a pending or processing "
                    + "job can be cancelled.");
        }
        for (InferenceFile file : files.ofJob(job.id())) {
            if (!file.status().finished() && !jobs.getObject().cancel(file.jobId())) {
                files.fail(file.id(), InferenceFileListener.CANCELLED);
            }
        }
        return views.detail(inferences.find(job.id()).orElseThrow());
    }

    /** The caller's inference job named by a path's {@code job_id}: a 422 for a bad id, a 404 for another's. */
    static InferenceJob owned(InferenceJobRecords inferences, StudioCaller caller, String jobId) {
        return inferences.find(caller.projectId(), StudioIds.path("job_id", jobId))
                .orElseThrow(() -> StudioException.notFound("Inference job"));
    }

    private InferenceJob owned(StudioCaller caller, String jobId) {
        return owned(inferences, caller, jobId);
    }
}
