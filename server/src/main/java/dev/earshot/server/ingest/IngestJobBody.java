package dev.earshot.server.ingest;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobState;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an ingestion job in the door's words: the 202 answer of an upload and the body of
 * {@code GET /v1/jobs/{job_id}} (also the data of its webhook). Times are ISO 8601 UTC to the second.
 */
@Component
class IngestJobBody {

    private final JobQueue queue;
    private final JobLinks links;
    private final JsonMapper json;
    private final int workers;

    IngestJobBody(JobQueue queue, JobLinks links, JsonMapper json, @Value("${db-scheduler.threads:10}") int workers) {
        this.queue = queue;
        this.links = links;
        this.json = json;
        this.workers = workers;
    }

    /** The seed's 202 body; its status is always {@code queued}, even if a worker has picked the job up already. */
    Map<String, Object> accepted(Job job) {
        IngestInput input = input(job);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job_id", job.id());
        body.put("status", status(JobState.QUEUED));
        body.put("pipeline", input.pipeline().value());
        body.put("created_at", time(job.createdAt()));
        body.put("estimated_completion", time(queue.estimatedCompletion(job, workers)));
        body.put("file", input.fileBody());
        return body;
    }

    /** The job as {@code GET /v1/jobs/{job_id}} shows it. */
    Map<String, Object> job(Job job) {
        IngestInput input = input(job);
        boolean finished = job.state().isTerminal();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job_id", job.id());
        body.put("status", status(job.state()));
        body.put("pipeline", input.pipeline().value());
        body.put("language", input.language());
        body.put("metadata", input.metadata());
        body.put("file", input.fileBody());
        body.put("created_at", time(job.createdAt()));
        body.put("started_at", time(job.startedAt()));
        body.put("completed_at", finished ? time(job.finishedAt()) : null);
        body.put("progress_percent", job.state() == JobState.SUCCEEDED ? 100 : job.percent());
        body.put("queue_position", job.state() == JobState.QUEUED ? queue.jobsAhead(job) : null);
        body.put("estimated_completion", finished ? null : time(queue.estimatedCompletion(job, workers)));
        body.put("error", JobFailure.of(job));
        body.put("results", job.state() == JobState.SUCCEEDED ? results(job, input) : null);
        return body;
    }

    /** The seed's word for a job state: queued, processing, completed or failed. */
    static String status(JobState state) {
        return switch (state) {
            case DOWNLOADING, QUEUED -> "queued";
            case RUNNING -> "processing";
            case SUCCEEDED -> "completed";
            case FAILED, CANCELLED -> "failed";
        };
    }

    IngestInput input(Job job) {
        return IngestInput.fromJson(json, job.input());
    }

    IngestResult result(Job job) {
        return IngestResult.fromJson(json, job.result());
    }

    private Map<String, Object> results(Job job, IngestInput input) {
        IngestResult result = result(job);
        Map<String, Object> results = new LinkedHashMap<>();
        for (AnalysisPart part : input.pipeline().parts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String reason = result.notAvailable().get(part.path());
            PartResult made = result.parts().get(part.path());
            String url = links.part(job.id(), part);
            if (part == AnalysisPart.TRANSCRIPT && reason == null) {
                entry.put("status", "available");
                entry.put("language", result.language());
                entry.put("word_count", result.wordCount());
                entry.put("duration_seconds", result.durationSeconds());
                entry.put("url", url);
                entry.put("formats", formats(url, result.transcriptFiles().keySet()));
            } else if (made != null && reason == null) {
                entry.put("status", "available");
                entry.putAll(made.highlights());
                entry.put("url", url);
                entry.put("formats", formats(url, made.files().keySet()));
            } else {
                entry.put("status", "not_available");
                entry.put("reason", reason == null ? part.unavailableReason() : reason);
                entry.put("url", url);
            }
            results.put(part.path(), entry);
        }
        return results;
    }

    private static Map<String, String> formats(String url, Iterable<String> names) {
        Map<String, String> formats = new LinkedHashMap<>();
        names.forEach(format -> formats.put(format, url + "?format=" + format));
        return formats;
    }

    private static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
