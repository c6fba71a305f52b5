package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.storage.SafeFileName;
import dev.earshot.server.storage.SignedUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tasks/claim} (Earshot's addition for external workers): a worker-scoped key takes the oldest
 * pending task under a lease and gets what it needs to run it, the audio as a signed link included; 204 when no task
 * waits, and always while this server's built-in workers run the tasks ({@code earshot.submissions.workers}).
 * The worker then reports through {@code POST /api/v1/tasks/{task}/results}; a {@code processing} report
 * renews the lease, and a lease that runs out puts the task back to pending for the next claim.
 */
@RestController
class WorkersDoor {

    private final SubmissionsCallers callers;
    private final SubmissionRecords records;
    private final SubmissionAudios audios;
    private final SignedUrls signedUrls;
    private final SubmissionsSettings settings;

    WorkersDoor(SubmissionsCallers callers, SubmissionRecords records, SubmissionAudios audios,
                SignedUrls signedUrls, SubmissionsSettings settings) {
        this.callers = callers;
        this.records = records;
        this.audios = audios;
        this.signedUrls = signedUrls;
        this.settings = settings;
    }

    @PostMapping("/api/v1/tasks/claim")
    ResponseEntity<Map<String, Object>> claim(HttpServletRequest request) {
        ApiCaller caller = callers.caller(request, Scopes.WORKER);
        if (!settings.externalWorkers()) {
            return ResponseEntity.noContent().build();
        }
        OffsetDateTime until = SubmissionRecords.now().plus(settings.lease());
        return records.claim(caller.keyId(), until)
                .map(task -> ResponseEntity.ok(Map.<String, Object>of("data", claimed(task))))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private Map<String, Object> claimed(SubmissionTask task) {
        Submission submission = records.submission(task.submissionId()).orElseThrow();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("task_id", task.id());
        shown.put("type", task.type());
        shown.put("status", task.status());
        shown.put("lease_expires_at", SubmissionViews.date(task.leaseUntil()));
        shown.put("submission_id", submission.id());
        shown.put("audio_name", submission.audioName());
        shown.put("services", TaskSpec.servicesOf(submission.services()).stream().map(SubmissionService::label)
                .toList());
        shown.put("audio_language", submission.audioLanguage());
        shown.put("target_language", submission.targetLanguage());
        shown.put("context", submission.context());
        audios.find(submission.audioId()).ifPresent(audio -> {
            shown.put("audio_url", signedUrls.url(audio.blobKey(), settings.lease().multipliedBy(2),
                    SafeFileName.of(audio.name())));
            shown.put("audio_duration", audio.durationSeconds());
        });
        return shown;
    }
}
