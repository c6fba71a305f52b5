package dev.earshot.server.submissions;

import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.NewJob;
import dev.earshot.server.outbound.OutboundFailureException;
import dev.earshot.server.outbound.OutboundHttp;
import dev.earshot.server.outbound.RefusedUrlException;
import dev.earshot.server.system.WorkFolders;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a checked request into a submission and its one task: refuses, before anything is stored, services this
 * deployment cannot run (with what to install or configure) and a cost the owner's credits cannot cover; fetches
 * {@code audio_url} under the outbound URL policy into one of the owner's audios; then writes both rows in one
 * transaction and, with built-in workers, queues the task's job.
 */
@Service
class SubmissionIntake {

    private final SubmissionRecords records;
    private final SubmissionAudios audios;
    private final AudioIntake audioIntake;
    private final TaskPlans plans;
    private final Credits credits;
    private final OutboundHttp outbound;
    private final JobQueue jobs;
    private final WorkFolders folders;
    private final TransactionTemplate transactions;
    private final SubmissionsSettings settings;

    SubmissionIntake(SubmissionRecords records, SubmissionAudios audios, AudioIntake audioIntake, TaskPlans plans,
                     Credits credits, OutboundHttp outbound, JobQueue jobs, WorkFolders folders,
                     TransactionTemplate transactions, SubmissionsSettings settings) {
        this.records = records;
        this.audios = audios;
        this.audioIntake = audioIntake;
        this.plans = plans;
        this.credits = credits;
        this.outbound = outbound;
        this.jobs = jobs;
        this.folders = folders;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** The stored submission and its task. */
    record Created(Submission submission, SubmissionTask task) {
    }

    /** @param projectId the project the submission is filed under, or null */
    Created submit(String owner, String projectId, SubmissionRequest request) {
        refuseUnavailable(request.spec());
        if (request.audioId() != null) {
            SubmissionAudio audio = audios.find(request.audioId()).orElseThrow();
            return store(owner, projectId, request, audio);
        }
        SubmissionAudio fetched = fetch(owner, request);
        try {
            return store(owner, projectId, request, fetched);
        } catch (RuntimeException e) {
            audios.delete(fetched);
            throw e;
        }
    }

    private void refuseUnavailable(TaskSpec spec) {
        Map<SubmissionService, String> reasons = plans.unavailable(spec);
        if (reasons.isEmpty()) {
            return;
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        reasons.forEach((service, reason) -> errors.put("services." + spec.services().indexOf(service),
                List.of("The " + service.label() + " service cannot run on this server: " + reason)));
        throw SubmissionsException.invalid(errors);
    }

    /**
     * Stores the submission and its task and queues the built-in worker's job. The task is returned as stored, pending,
     * as the seed's 201 shows it, even when a fast worker has already taken it.
     */
    private Created store(String owner, String projectId, SubmissionRequest request, SubmissionAudio audio) {
        long cost = credits.charges(owner) ? Credits.cost(audio.durationSeconds(), request.services().size()) : 0;
        Created created = transactions.execute(status -> {
            if (cost > 0) {
                refuseShort(owner, cost);
            }
            Submission submission = records.insertSubmission(owner, projectId, request, audio.id());
            long taskId = records.insertTask(submission, cost, audio.durationSeconds());
            return new Created(submission, records.task(taskId).orElseThrow());
        });
        if (!settings.externalWorkers()) {
            queue(created.task());
        }
        return created;
    }

    private void refuseShort(String owner, long cost) {
        long available = credits.balance(owner) - records.heldCredits(owner);
        if (available < cost) {
            throw SubmissionsException.invalid(Map.of("credits", List.of("The credits are not enough: this "
                    + "submission costs " + cost + " and " + Math.max(0, available) + " are available.")));
        }
    }

    /** Queues the built-in worker's job of a pending task (again, after a stop between the two writes). */
    SubmissionTask queue(SubmissionTask task) {
        String jobId = TaskWork.jobId(task.id());
        if (jobs.find(jobId).isEmpty()) {
            jobs.submit(new NewJob(jobId, TaskWork.KIND, "submissions", null, "{\"task_id\":" + task.id() + "}",
                    task.audioSeconds(), null, false));
        }
        records.linkJob(task.id(), jobId);
        return records.task(task.id()).orElseThrow();
    }

    private SubmissionAudio fetch(String owner, SubmissionRequest request) {
        Path dir = folders.create("sub-url-");
        try {
            Path local = dir.resolve("download");
            URI url = URI.create(request.audioUrl());
            outbound.download(url, local, AudioIntake.MAX_KILOBYTES * 1024 + 1);
            return audioIntake.accept(owner, "audio_url", local, fileName(url), request.audioName(), dir);
        } catch (RefusedUrlException e) {
            throw urlError("The audio url field must be a URL this server may fetch: " + e.getMessage());
        } catch (OutboundFailureException e) {
            throw urlError(e.status() == 0
                    ? "The audio url field must not be greater than " + AudioIntake.MAX_KILOBYTES + " kilobytes."
                    : "The audio url could not be fetched: " + e.getMessage());
        } catch (IOException e) {
            throw urlError("The audio url could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw urlError("The audio url could not be fetched: interrupted");
        } finally {
            WorkFolders.delete(dir);
        }
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "audio" : last;
    }

    private static SubmissionsException urlError(String message) {
        return SubmissionsException.invalid(Map.of("audio_url", List.of(message)));
    }
}
