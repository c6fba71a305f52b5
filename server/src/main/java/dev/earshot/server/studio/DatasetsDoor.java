package dev.earshot.server.studio;

import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/datasets} of Relay: create, list, show, change and delete the caller's project's datasets. Another
 * project's dataset id is "Dataset not found". Deleting a dataset deletes its audio files (blobs included),
 * annotation sets and annotations.
 */
@RestController
class DatasetsDoor {

    static final String PATH = "/api/v1/datasets";
    private final StudioCallers callers;
    private final StudioDatasets datasets;
    private final JsonMapper json;

    DatasetsDoor(StudioCallers callers, StudioDatasets datasets, JsonMapper json) {
        this.callers = callers;
        this.datasets = datasets;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        StudioCaller caller = callers.writer(request);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String name = body.string("name", true, 1, 200).orElse(null);
        String description = body.string("description", false, 0, 2000).orElse(null);
        List<ArtifactType> types = ArtifactType.read(body, true).orElse(List.of());
        body.requireValid();
        StudioDataset created = datasets.create(caller.projectId(), name, description, types);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request) {
        StudioCaller caller = callers.reader(request);
        PageRequest page = PageRequest.of(request);
        return page.body(datasets.page(caller.projectId(), page).stream().map(this::view).toList(),
                datasets.count(caller.projectId()));
    }

    @GetMapping(PATH + "/{datasetId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String datasetId) {
        return view(find(callers.reader(request), datasetId));
    }

    @PatchMapping(PATH + "/{datasetId}")
    Map<String, Object> update(HttpServletRequest request, @PathVariable String datasetId) throws IOException {
        StudioDataset dataset = find(callers.writer(request), datasetId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String name = body.string("name", false, 1, 200).orElse(null);
        String description = body.string("description", false, 0, 2000).orElse(null);
        List<ArtifactType> types = ArtifactType.read(body, false).orElse(null);
        body.requireValid();
        if (types != null) {
            requireUnusedRemoved(dataset, types);
        }
        return view(datasets.update(dataset, name, description, types));
    }

    @DeleteMapping(PATH + "/{datasetId}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String datasetId) {
        datasets.delete(find(callers.writer(request), datasetId));
        return ResponseEntity.noContent().build();
    }

    private StudioDataset find(StudioCaller caller, String datasetId) {
        return datasets.owned(caller, datasetId);
    }

    /** A type that annotations use cannot be taken out of the dataset. */
    private void requireUnusedRemoved(StudioDataset dataset, List<ArtifactType> types) {
        List<String> kept = types.stream().map(ArtifactType::name).toList();
        datasets.typeUse(dataset.id()).forEach((type, uses) -> {
            if (!kept.contains(type)) {
                throw StudioException.badRequest("The artifact type '" + type + "' cannot be removed: " + uses
                        + " annotation(s) use it.");
            }
        });
    }

    private Map<String, Object> view(StudioDataset dataset) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", dataset.id());
        view.put("name", dataset.name());
        view.put("description", dataset.description());
        view.put("artifact_types", dataset.artifactTypes().stream().map(ArtifactType::view).toList());
        view.put("created_at", StudioTimes.format(dataset.createdAt()));
        view.put("updated_at", StudioTimes.format(dataset.updatedAt()));
        Map<String, Object> counts = datasets.counts(dataset.id());
        view.put("audio_count", counts.get("audio_count"));
        view.put("annotation_set_count", counts.get("annotation_set_count"));
        return view;
    }
}
