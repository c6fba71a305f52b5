package dev.earshot.server.studio;

import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annotations of a draft annotation set: add one, add many ({@code /bulk}: all or none, every invalid item
 * reported with its index in {@code loc}), change one ({@code PATCH}: the fields sent), delete one. Any change to a
 * published set is a 400 that says to make a new draft from it.
 */
@RestController
class AnnotationsDoor {

    static final String PATH = AnnotationSetsDoor.PATH + "/{setId}/annotations";
    private final StudioCallers callers;
    private final StudioDatasets datasets;
    private final AnnotationSets sets;
    private final StudioAudioRecords audio;
    private final JsonMapper json;

    AnnotationsDoor(StudioCallers callers, StudioDatasets datasets, AnnotationSets sets, StudioAudioRecords audio,
                    JsonMapper json) {
        this.callers = callers;
        this.datasets = datasets;
        this.sets = sets;
        this.audio = audio;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request, @PathVariable String datasetId,
                                               @PathVariable String setId) throws IOException {
        Target target = target(request, datasetId, setId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        Optional<AnnotationInput> input = AnnotationInput.read(body, target.dataset(), files(target), null);
        body.requireValid();
        List<Annotation> added = add(target, List.of(input.orElseThrow()));
        return ResponseEntity.status(HttpStatus.CREATED).body(AnnotationSetsDoor.view(added.get(0)));
    }

    @PostMapping(PATH + "/bulk")
    ResponseEntity<Map<String, Object>> bulk(HttpServletRequest request, @PathVariable String datasetId,
                                             @PathVariable String setId) throws IOException {
        Target target = target(request, datasetId, setId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        List<AnnotationInput> inputs = new ArrayList<>();
        for (BodyFields item : body.objects("annotations", true).orElse(List.of())) {
            AnnotationInput.read(item, target.dataset(), files(target), null).ifPresent(inputs::add);
        }
        body.requireValid();
        List<Annotation> added = add(target, inputs);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("created", added.size());
        answer.put("annotations", added.stream().map(AnnotationSetsDoor::view).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @PatchMapping(PATH + "/{annotationId}")
    Map<String, Object> update(HttpServletRequest request, @PathVariable String datasetId, @PathVariable String setId,
                               @PathVariable String annotationId) throws IOException {
        Target target = target(request, datasetId, setId);
        Annotation before = annotation(target, annotationId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        Optional<AnnotationInput> input = AnnotationInput.read(body, target.dataset(), files(target), before);
        body.requireValid();
        if (!sets.update(target.set(), before.id(), input.orElseThrow())) {
            throw locked(target.set());
        }
        return AnnotationSetsDoor.view(sets.annotation(target.set().id(), before.id()).orElseThrow());
    }

    @DeleteMapping(PATH + "/{annotationId}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String datasetId,
                                @PathVariable String setId, @PathVariable String annotationId) {
        Target target = target(request, datasetId, setId);
        Annotation annotation = annotation(target, annotationId);
        if (!sets.delete(target.set(), annotation.id())) {
            throw locked(target.set());
        }
        return ResponseEntity.noContent().build();
    }

    private List<Annotation> add(Target target, List<AnnotationInput> inputs) {
        List<String> ids = new ArrayList<>();
        if (!sets.add(target.set(), inputs, ids)) {
            throw locked(target.set());
        }
        return ids.stream().map(id -> sets.annotation(target.set().id(), id).orElseThrow()).toList();
    }

    /** The caller's draft set (a published one is refused before its body is read). */
    private Target target(HttpServletRequest request, String datasetId, String setId) {
        StudioCaller caller = callers.writer(request);
        StudioDataset dataset = datasets.owned(caller, datasetId);
        AnnotationSet set = sets.find(dataset.id(), StudioIds.path("annotation_set_id", setId))
                .orElseThrow(() -> StudioException.notFound("Annotation set"));
        if (set.published()) {
            throw locked(set);
        }
        return new Target(dataset, set);
    }

    private Annotation annotation(Target target, String annotationId) {
        return sets.annotation(target.set().id(), StudioIds.path("annotation_id", annotationId))
                .orElseThrow(() -> StudioException.notFound("Annotation"));
    }

    private Function<String, Optional<StudioAudioFile>> files(Target target) {
        return id -> audio.find(target.dataset().id(), id);
    }

    private static StudioException locked(AnnotationSet set) {
        return StudioException.badRequest("Annotation set v" + set.version() + " is published and cannot change; "
                + "create a new draft from it to edit its annotations.");
    }

    private record Target(StudioDataset dataset, AnnotationSet set) {
    }
}
