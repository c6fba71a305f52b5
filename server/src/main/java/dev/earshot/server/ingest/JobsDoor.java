package dev.earshot.server.ingest;

import dev.earshot.engine.speech.transcript.TranscriptFormat;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobState;
import dev.earshot.server.storage.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/jobs/{job_id}} and the result reads under it. A job is visible only to keys of its project;
 * any other id is a 404 that does not tell whether the job exists. Results are read once the job is completed
 * (409 before): the transcript in four formats, the speakers as JSON or RTTM, the other parts as JSON; a part
 * that could not be made is a 501 with the reason.
 */
@RestController
class JobsDoor {

    private final IngestCallers callers;
    private final JobQueue queue;
    private final ProjectAccess projects;
    private final IngestJobBody body;
    private final BlobStore blobs;

    JobsDoor(IngestCallers callers, JobQueue queue, ProjectAccess projects, IngestJobBody body, BlobStore blobs) {
        this.callers = callers;
        this.queue = queue;
        this.projects = projects;
        this.body = body;
        this.blobs = blobs;
    }

    @GetMapping("/v1/jobs/{jobId}")
    Map<String, Object> job(@PathVariable String jobId, HttpServletRequest http) {
        return body.job(visibleJob(jobId, http));
    }

    @GetMapping("/v1/jobs/{jobId}/{partPath}")
    ResponseEntity<InputStreamResource> part(@PathVariable String jobId, @PathVariable String partPath,
                                             @RequestParam(required = false) String format,
                                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                             HttpServletRequest http) {
        Job job = visibleJob(jobId, http);
        AnalysisPart part = AnalysisPart.ofPath(partPath).orElseThrow(() -> IngestException.notFound(
                "no result named '" + partPath + "'; jobs have transcript, speakers, sentiment, summary and pii"));
        IngestPipeline pipeline = body.input(job).pipeline();
        if (!pipeline.parts().contains(part)) {
            throw IngestException.notFound("the " + pipeline.value() + " pipeline does not produce " + part.path()
                    + "; it produces " + String.join(", ", pipeline.parts().stream().map(AnalysisPart::path).toList()));
        }
        requireCompleted(job);
        IngestResult result = body.result(job);
        String missing = result.notAvailable().get(part.path());
        if (missing != null) {
            throw IngestException.notAvailable(missing);
        }
        if (part == AnalysisPart.TRANSCRIPT) {
            TranscriptFormat chosen = TranscriptFormatChoice.of(format, accept);
            return file(job.id(), result.transcriptFiles().get(chosen.extension()), chosen.extension());
        }
        PartResult made = result.parts().get(part.path());
        if (made == null) {
            throw IngestException.notAvailable(part.unavailableReason());
        }
        String chosen = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!made.files().containsKey(chosen)) {
            throw IngestException.invalidParameter("format '" + format + "' is not known for " + part.path()
                    + "; use one of: " + String.join(", ", made.files().keySet()));
        }
        return file(job.id() + "-" + part.path(), made.files().get(chosen), chosen);
    }

    private ResponseEntity<InputStreamResource> file(String name, String key, String extension) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(blobs.contentType(key)))
                .contentLength(blobs.size(key))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + "." + extension).build().toString())
                .body(new InputStreamResource(blobs.open(key)));
    }

    private Job visibleJob(String jobId, HttpServletRequest http) {
        ApiCaller caller = callers.reader(http);
        return queue.find(jobId)
                .filter(job -> IngestWork.KIND.equals(job.kind()))
                .filter(job -> projects.allowsProjectId(caller, job.projectId()))
                .orElseThrow(() -> IngestException.notFound("no job '" + jobId + "' for this API key"));
    }

    private static void requireCompleted(Job job) {
        if (job.state() == JobState.SUCCEEDED) {
            return;
        }
        if (job.state().isTerminal()) {
            throw IngestException.conflict("job_failed", "job " + job.id() + " failed and has no results: "
                    + JobFailure.of(job).get("message"));
        }
        throw IngestException.notReady("job " + job.id() + " is " + IngestJobBody.status(job.state())
                + "; results can be read once its status is completed");
    }
}
