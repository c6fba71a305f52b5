package dev.earshot.server.enhance;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.NewJob;
import dev.earshot.server.outbound.OutboundUrlPolicy;
import dev.earshot.server.outbound.RefusedUrlException;
import java.net.URI;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a checked {@code /v1/remove-noise} request into a job. Everything that can be known at submit time is
 * checked here and refused with 4xx: the URLs against the outbound policy, the fileId and its project, and for an
 * upload the output extension against its picture. A URL input is fetched first (the job starts as
 * {@code downloading}) and the same output check runs once its content is known.
 */
@Service
class NoiseRemovalJobs {

    private final Uploads uploads;
    private final Downloads downloads;
    private final JobQueue queue;
    private final OutboundUrlPolicy policy;
    private final EnhanceCallers callers;
    private final JsonMapper json;

    NoiseRemovalJobs(Uploads uploads, Downloads downloads, JobQueue queue, OutboundUrlPolicy policy,
                     EnhanceCallers callers, JsonMapper json) {
        this.uploads = uploads;
        this.downloads = downloads;
        this.queue = queue;
        this.policy = policy;
        this.callers = callers;
        this.json = json;
    }

    /** Submits the job and returns its id. */
    String submit(ApiCaller caller, RemoveNoiseRequest request) {
        if (request.outputUrl() != null) {
            checked("output", request.outputUrl());
        }
        String jobId = UUID.randomUUID().toString();
        String downloadId = UUID.randomUUID().toString();
        NewJob job = request.fileId() != null
                ? fromUpload(caller, request, jobId, downloadId)
                : fromUrl(caller, request, jobId, downloadId);
        downloads.create(downloadId, jobId);
        try {
            queue.submit(job);
        } catch (RuntimeException e) {
            downloads.delete(downloadId);
            throw e;
        }
        return jobId;
    }

    private NewJob fromUpload(ApiCaller caller, RemoveNoiseRequest request, String jobId, String downloadId) {
        UploadRecord upload = uploads.find(request.fileId())
                .filter(found -> callers.allows(caller, found.projectId()))
                .orElseThrow(() -> EnhanceDoorException.notFound("no uploaded file with fileId " + request.fileId()));
        NoiseRemovalInput input = new NoiseRemovalInput(upload.id(), null, upload.blobKey(), upload.extension(),
                request.outputExtension(), request.outputUrl(), downloadId, upload.fileName());
        try {
            input.output(upload.videoCodec());
        } catch (OutputChoice.Impossible e) {
            throw EnhanceDoorException.badRequest(e.getMessage());
        }
        return new NewJob(jobId, NoiseRemovalWork.KIND, upload.projectId(), caller.keyId(),
                json.writeValueAsString(input), upload.durationSeconds(), null, false);
    }

    private NewJob fromUrl(ApiCaller caller, RemoveNoiseRequest request, String jobId, String downloadId) {
        URI url = checked("input", request.inputUrl());
        String extension = Extensions.of(url.getRawPath());
        NoiseRemovalInput input = new NoiseRemovalInput(null, request.inputUrl(),
                JobContext.inputPrefix(jobId) + Extensions.inputName(extension), extension, request.outputExtension(),
                request.outputUrl(), downloadId, DisplayName.of(url.getPath(), url.getHost()));
        return new NewJob(jobId, NoiseRemovalWork.KIND, callers.homeProject(caller).id(), caller.keyId(),
                json.writeValueAsString(input), null, null, true);
    }

    private URI checked(String field, String url) {
        try {
            return policy.check(url);
        } catch (RefusedUrlException e) {
            throw EnhanceDoorException.badRequest("the " + field + " URL is refused: " + e.getMessage());
        }
    }
}
