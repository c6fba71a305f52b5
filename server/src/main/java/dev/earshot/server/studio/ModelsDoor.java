package dev.earshot.server.studio;

import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/models}: the built-in model ({@link BuiltInModel}) first, then the project's trained models, newest
 * first, each with its types, frame grid and validation metrics ({@code DetectorMetrics.toMap()}: per type
 * precision, recall and F1 event-based with a 200 ms collar and segment-based at 1 s, micro and macro, the frame
 * confusion matrix, the threshold, and what each side of the split held).
 */
@RestController
class ModelsDoor {

    static final String PATH = "/api/v1/models";
    private final StudioCallers callers;
    private final ModelRecords models;

    ModelsDoor(StudioCallers callers, ModelRecords models) {
        this.callers = callers;
        this.models = models;
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request) {
        StudioCaller caller = callers.reader(request);
        PageRequest page = PageRequest.of(request);
        List<Map<String, Object>> items = new ArrayList<>();
        long offset = page.offset();
        int size = page.pageSize();
        if (offset == 0) {
            items.add(builtIn(caller));
            size--;
        } else {
            offset--;
        }
        if (size > 0) {
            models.page(caller.projectId(), offset, size).forEach(model -> items.add(view(model)));
        }
        return page.body(items, models.count(caller.projectId()) + 1);
    }

    @GetMapping(PATH + "/{modelId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String modelId) {
        StudioCaller caller = callers.reader(request);
        String id = StudioIds.path("model_id", modelId);
        if (id.equals(BuiltInModel.ID)) {
            return builtIn(caller);
        }
        return view(models.find(caller.projectId(), id).orElseThrow(() -> StudioException.notFound("Model")));
    }

    /** The built-in model as the caller's tenant sees it: available since the tenant's project was made. */
    private Map<String, Object> builtIn(StudioCaller caller) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", BuiltInModel.ID);
        view.put("tenant_id", caller.projectId());
        view.put("name", BuiltInModel.NAME);
        view.put("status", "ready");
        view.put("built_in", true);
        view.put("artifact_types", BuiltInModel.TYPES);
        view.put("config", grid(BuiltInModel.GRID.chunkMs(), BuiltInModel.GRID.strideMs()));
        view.put("training_job_id", null);
        view.put("dataset_id", null);
        view.put("metrics", null);
        view.put("created_at", StudioTimes.format(models.projectCreatedAt(caller.projectId())));
        return view;
    }

    private static Map<String, Object> view(StudioModel model) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", model.id());
        view.put("tenant_id", model.projectId());
        view.put("name", model.name());
        view.put("status", "ready");
        view.put("built_in", false);
        view.put("artifact_types", model.artifactTypes());
        view.put("config", grid(model.grid().chunkMs(), model.grid().strideMs()));
        view.put("training_job_id", model.trainingJobId());
        view.put("dataset_id", model.datasetId());
        view.put("metrics", model.metrics());
        view.put("created_at", StudioTimes.format(model.createdAt()));
        return view;
    }

    private static Map<String, Object> grid(int chunkMs, int strideMs) {
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("chunk_size_ms", chunkMs);
        grid.put("stride_ms", strideMs);
        return grid;
    }
}
