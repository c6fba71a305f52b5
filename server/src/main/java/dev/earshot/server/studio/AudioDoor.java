package dev.earshot.server.studio;

import dev.earshot.server.storage.SignedUrls;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/datasets/{dataset_id}/audio} of Relay: request an upload form (a pending file), upload to it
 * ({@link UploadFormDoor}), confirm (processing starts as a job), list, show and delete. Formats are told by
 * content when processing decodes the file; the declared {@code content_type} must name audio (or a container of
 * it) and is what the form binds.
 */
@RestController
class AudioDoor {

    static final String PATH = DatasetsDoor.PATH + "/{datasetId}/audio";
    private final StudioCallers callers;
    private final StudioDatasets datasets;
    private final StudioAudioRecords records;
    private final AudioProcessing processing;
    private final UploadPolicy policy;
    private final SignedUrls urls;
    private final StudioSettings settings;
    private final JsonMapper json;

    AudioDoor(StudioCallers callers, StudioDatasets datasets, StudioAudioRecords records, AudioProcessing processing,
              UploadPolicy policy, SignedUrls urls, StudioSettings settings, JsonMapper json) {
        this.callers = callers;
        this.datasets = datasets;
        this.records = records;
        this.processing = processing;
        this.policy = policy;
        this.urls = urls;
        this.settings = settings;
        this.json = json;
    }

    @PostMapping(PATH + "/upload-url")
    Map<String, Object> uploadUrl(HttpServletRequest request, @PathVariable String datasetId) throws IOException {
        StudioDataset dataset = dataset(callers.writer(request), datasetId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String filename = body.string("filename", true, 1, 500).orElse(null);
        String contentType = body.string("content_type", true, 1, 100).orElse(null);
        if (contentType != null && !AudioTypes.accepts(contentType)) {
            body.error(FieldError.of(body.loc("content_type"), "content_type must name audio (audio/wav, "
                    + "audio/mpeg, audio/mp4, audio/ogg, audio/flac, audio/webm, audio/aac, ...), got '"
                    + contentType + "'", "value_error"));
        }
        Long size = body.integer("file_size", true, 1L, settings.maxFileBytes()).orElse(null);
        body.requireValid();
        StudioAudioFile audio = records.insert(dataset.id(), filename, contentType, size,
                Instant.now().plus(settings.uploadExpiry()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("upload_url", urls.base() + UploadFormDoor.PATH);
        answer.put("fields", policy.fields(audio, 1));
        answer.put("key", audio.uploadKey());
        answer.put("expires_in", settings.uploadExpiry().toSeconds());
        answer.put("audio_id", audio.id());
        return answer;
    }

    @PostMapping(PATH + "/confirm")
    Map<String, Object> confirm(HttpServletRequest request, @PathVariable String datasetId) throws IOException {
        StudioCaller caller = callers.writer(request);
        StudioDataset dataset = dataset(caller, datasetId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String audioId = body.uuid("audio_id", true).orElse(null);
        body.requireValid();
        StudioAudioFile audio = audio(dataset, audioId);
        if (audio.originalKey() == null) {
            throw StudioException.badRequest(audio.uploadExpiresAt().isAfter(Instant.now())
                    ? "The file has not been uploaded yet: POST it with the fields to the upload_url, then confirm."
                    : "The file was never uploaded and its upload form has expired: request a new upload URL.");
        }
        boolean first = records.confirm(audio.id());
        if (first) {
            processing.start(audio, caller);
        }
        ProcessingStatus status = first ? ProcessingStatus.PENDING : records.find(audio.id())
                .orElseThrow(() -> StudioException.notFound("Audio file")).status();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("audio_id", audio.id());
        answer.put("status", status.wire());
        answer.put("message", first ? "Upload confirmed; processing is queued."
                : "The upload was confirmed already; processing is " + status.wire() + ".");
        return answer;
    }

    @GetMapping(PATH)
    Map<String, Object> list(HttpServletRequest request, @PathVariable String datasetId) {
        StudioDataset dataset = dataset(callers.reader(request), datasetId);
        PageRequest page = PageRequest.of(request);
        ProcessingStatus status = status(request.getParameter("status"));
        return page.body(records.page(dataset.id(), status, page).stream().map(AudioDoor::view).toList(),
                records.count(dataset.id(), status));
    }

    @GetMapping(PATH + "/{audioId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String datasetId,
                             @PathVariable String audioId) {
        StudioDataset dataset = dataset(callers.reader(request), datasetId);
        return view(audio(dataset, StudioIds.path("audio_id", audioId)));
    }

    @DeleteMapping(PATH + "/{audioId}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String datasetId,
                                @PathVariable String audioId) {
        StudioDataset dataset = dataset(callers.writer(request), datasetId);
        StudioAudioFile audio = audio(dataset, StudioIds.path("audio_id", audioId));
        List<Integer> published = records.publishedVersionsLabelling(audio.id());
        if (!published.isEmpty()) {
            throw StudioException.badRequest("The audio file is labelled in published annotation set v"
                    + published.get(0) + ", which cannot change, so the file cannot be deleted.");
        }
        processing.forget(audio);
        return ResponseEntity.noContent().build();
    }

    private StudioDataset dataset(StudioCaller caller, String datasetId) {
        return datasets.owned(caller, datasetId);
    }

    private StudioAudioFile audio(StudioDataset dataset, String audioId) {
        return records.find(dataset.id(), audioId).orElseThrow(() -> StudioException.notFound("Audio file"));
    }

    private static ProcessingStatus status(String text) {
        if (text == null) {
            return null;
        }
        if (!ProcessingStatus.wires().contains(text.toLowerCase(Locale.ROOT))) {
            throw StudioException.invalid(List.of(FieldError.notPermitted(List.of("query", "status"),
                    ProcessingStatus.wires())));
        }
        return ProcessingStatus.of(text);
    }

    static Map<String, Object> view(StudioAudioFile audio) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", audio.id());
        view.put("dataset_id", audio.datasetId());
        view.put("original_filename", audio.originalFilename());
        view.put("content_type", audio.contentType());
        view.put("file_size", audio.uploadedSize() == null ? audio.declaredSize() : audio.uploadedSize());
        view.put("duration_ms", audio.durationMs());
        view.put("sample_rate", audio.sampleRate());
        view.put("channels", audio.channels());
        view.put("processing_status", audio.status().wire());
        view.put("error_message", audio.failure());
        view.put("created_at", StudioTimes.format(audio.createdAt()));
        view.put("updated_at", StudioTimes.format(audio.updatedAt()));
        return view;
    }
}
