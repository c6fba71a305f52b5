package dev.earshot.server.studio;

import dev.earshot.server.storage.SignedUrls;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/inference-jobs/{job_id}/files} of Relay: request an upload form for a file (the studio door's signed
 * form, as for dataset audio, see {@link UploadFormDoor}), confirm it (which queues it: one job per file, see
 * {@link InferenceFileWork}; the answer shows it {@code queued}, as it was when confirmed, though a fast worker may
 * be on it already), and read a file with its detections. A cancelled job takes no more files.
 */
@RestController
class InferenceFilesDoor {

    static final String PATH = InferenceJobsDoor.PATH + "/{jobId}/files";
    private final StudioCallers callers;
    private final InferenceJobRecords inferences;
    private final InferenceFileRecords files;
    private final InferenceFileWork work;
    private final UploadPolicy policy;
    private final SignedUrls urls;
    private final StudioSettings settings;
    private final JsonMapper json;

    InferenceFilesDoor(StudioCallers callers, InferenceJobRecords inferences, InferenceFileRecords files,
                       InferenceFileWork work, UploadPolicy policy, SignedUrls urls, StudioSettings settings,
                       JsonMapper json) {
        this.callers = callers;
        this.inferences = inferences;
        this.files = files;
        this.work = work;
        this.policy = policy;
        this.urls = urls;
        this.settings = settings;
        this.json = json;
    }

    @PostMapping(PATH + "/upload-url")
    Map<String, Object> uploadUrl(HttpServletRequest request, @PathVariable String jobId) throws IOException {
        InferenceJob job = InferenceJobsDoor.owned(inferences, callers.writer(request), jobId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String filename = body.string("filename", true, 1, 500).orElse(null);
        Long size = body.integer("file_size_bytes", true, 1L, settings.maxFileBytes()).orElse(null);
        String contentType = body.string("content_type", false, 1, 100).orElse("audio/wav");
        if (!AudioTypes.accepts(contentType)) {
            body.error(FieldError.of(body.loc("content_type"), "content_type must name audio (audio/wav, "
                    + "audio/mpeg, audio/mp4, audio/ogg, audio/flac, audio/webm, audio/aac, ...), got '"
                    + contentType + "'", "value_error"));
        }
        body.requireValid();
        requireOpen(job);
        InferenceFile file = files.insert(job.id(), filename, contentType, size,
                Instant.now().plus(settings.uploadExpiry()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file_id", file.id());
        answer.put("upload_url", urls.base() + UploadFormDoor.PATH);
        answer.put("upload_fields", policy.fields(new UploadPolicy.Slot(file.uploadKey(), file.id(),
                file.declaredSize(), file.contentType(), file.uploadExpiresAt()), 1));
        answer.put("s3_key", file.uploadKey());
        answer.put("expires_in", settings.uploadExpiry().toSeconds());
        return answer;
    }

    @PostMapping(PATH + "/confirm")
    Map<String, Object> confirm(HttpServletRequest request, @PathVariable String jobId) throws IOException {
        StudioCaller caller = callers.writer(request);
        InferenceJob job = InferenceJobsDoor.owned(inferences, caller, jobId);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String fileId = body.uuid("file_id", true).orElse(null);
        body.requireValid();
        InferenceFile file = file(job, fileId);
        if (file.originalKey() == null) {
            throw StudioException.badRequest(file.uploadExpiresAt().isAfter(Instant.now())
                    ? "The file has not been uploaded yet: POST it with the upload_fields to the upload_url, then "
                    + "confirm."
                    : "The file was never uploaded and its upload form has expired: request a new upload URL.");
        }
        if (file.status() == InferenceFileStatus.PENDING) {
            requireOpen(job);
            if (files.confirm(file.id())) {
                InferenceFile queued = file(job, file.id());
                work.submit(queued, caller.projectId(), caller.key().keyId());
                return InferenceJobViews.view(queued);
            }
        }
        return InferenceJobViews.view(file(job, file.id()));
    }

    @GetMapping(PATH + "/{fileId}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String jobId, @PathVariable String fileId) {
        InferenceJob job = InferenceJobsDoor.owned(inferences, callers.reader(request), jobId);
        return InferenceJobViews.view(file(job, StudioIds.path("file_id", fileId)));
    }

    private InferenceFile file(InferenceJob job, String fileId) {
        return files.find(job.id(), fileId).orElseThrow(() -> StudioException.notFound("Inference file"));
    }

    private static void requireOpen(InferenceJob job) {
        if (job.cancelledAt() != null) {
            throw StudioException.badRequest("The inference job is cancelled and takes no more files; create a new "
                    + "inference job for them.");
        }
    }
}
