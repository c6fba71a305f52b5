package dev.earshot.server.studio;

import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/datasets/{dataset_id}/annotation-sets} of Relay: a POST without a body makes the next draft
 * (version 1, 2, ...), with {@code {"from_annotation_set_id": ...}} a draft holding a copy of a published set's
 * annotations; list (oldest version first), detail with {@code annotations}, publish (which locks the set and
 * stores its statistics) and delete of a draft. Publishing twice and deleting a published set are 400s.
 */
@RestController
class AnnotationSetsDoor {

    static final String PATH = DatasetsDoor.PATH + "/{datasetId}/annotation-sets";
    private final StudioCallers callers;
    private final StudioDatasets datasets;
    private final AnnotationSets sets;
    private final JsonMapper json;

    AnnotationSetsDoor(StudioCallers callers, StudioDatasets datasets, AnnotationSets sets, JsonMapper json) {
        this.callers = callers;
        this.datasets = datasets;
        this.sets = sets;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request, @PathVariable String datasetId)
            throws IOException {
        StudioDataset dataset = dataset(callers.writer(request), datasetId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, true);
        String fromId = body.uuid("from_annotation_set_id", false).orElse(null);
        body.requireValid();
        AnnotationSet from = fromId == null ? null : set(dataset, fromId);
        if (from != null && !from.published()) {
            throw StudioException.badRequest("Annotation set v" + from.version() + " is a draft; only a published "
                    + "set can be copied into a new draft.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(view(sets.create(dataset.id(), from)));
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request, @PathVariable String datasetId) {
        StudioDataset dataset = dataset(callers.reader(request), datasetId);
        PageRequest page = PageRequest.of(request);
        return page.body(sets.page(dataset.id(), page).stream().map(this::view).toList(), sets.count(dataset.id()));
    }

    @GetMapping(PATH + "/{setId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String datasetId, @PathVariable String setId) {
        StudioDataset dataset = dataset(callers.reader(request), datasetId);
        AnnotationSet set = set(dataset, StudioIds.path("annotation_set_id", setId));
        Map<String, Object> view = view(set);
        view.put("annotations", sets.annotations(set.id()).stream().map(AnnotationSetsDoor::view).toList());
        return view;
    }

    @PostMapping(PATH + "/{setId}/publish")
    Map<String, Object> publish(HttpServletRequest request, @PathVariable String datasetId,
                                @PathVariable String setId) {
        StudioDataset dataset = dataset(callers.writer(request), datasetId);
        AnnotationSet set = set(dataset, StudioIds.path("annotation_set_id", setId));
        if (!sets.publish(set)) {
            throw StudioException.badRequest("Annotation set v" + set.version() + " is published already.");
        }
        return view(sets.find(dataset.id(), set.id()).orElseThrow());
    }

    @DeleteMapping(PATH + "/{setId}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String datasetId,
                                @PathVariable String setId) {
        StudioDataset dataset = dataset(callers.writer(request), datasetId);
        AnnotationSet set = set(dataset, StudioIds.path("annotation_set_id", setId));
        if (!sets.deleteDraft(set)) {
            throw StudioException.badRequest("Annotation set v" + set.version()
                    + " is published and cannot be deleted.");
        }
        return ResponseEntity.noContent().build();
    }

    private StudioDataset dataset(StudioCaller caller, String datasetId) {
        return datasets.owned(caller, datasetId);
    }

    private AnnotationSet set(StudioDataset dataset, String setId) {
        return sets.find(dataset.id(), setId).orElseThrow(() -> StudioException.notFound("Annotation set"));
    }

    private Map<String, Object> view(AnnotationSet set) {
        AnnotationSet.Stats stats = sets.stats(set);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", set.id());
        view.put("dataset_id", set.datasetId());
        view.put("version", set.version());
        view.put("status", set.published() ? "published" : "draft");
        view.put("total_annotations", stats.totalAnnotations());
        view.put("total_positive_duration_ms", stats.totalPositiveDurationMs());
        view.put("annotations_by_type", stats.byType());
        view.put("created_at", StudioTimes.format(set.createdAt()));
        view.put("published_at", StudioTimes.format(set.publishedAt()));
        return view;
    }

    static Map<String, Object> view(Annotation annotation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", annotation.id());
        view.put("annotation_set_id", annotation.annotationSetId());
        view.put("audio_file_id", annotation.audioFileId());
        view.put("artifact_type", annotation.artifactType());
        view.put("start_ms", annotation.startMs());
        view.put("end_ms", annotation.endMs());
        view.put("confidence", annotation.confidence());
        view.put("extra_data", annotation.extraData());
        view.put("created_at", StudioTimes.format(annotation.createdAt()));
        return view;
    }
}
