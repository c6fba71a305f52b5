package dev.earshot.server.enhance;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's state in the seed's words, exactly one of {@code downloading}, {@code queued} (with {@code jobsAhead}),
 * {@code in_progress} (with {@code percent}), {@code succeeded} (with {@code downloadPath}) and {@code failed}
 * (with {@code reason}). The same body serves the status endpoint and the WebSocket.
 */
@Component
class NoiseRemovalStatus {

    private final JobQueue queue;
    private final JsonMapper json;

    NoiseRemovalStatus(JobQueue queue, JsonMapper json) {
        this.queue = queue;
        this.json = json;
    }

    Map<String, Object> of(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (job.state()) {
            case DOWNLOADING -> body.put("state", "downloading");
            case QUEUED -> {
                body.put("state", "queued");
                body.put("jobsAhead", queue.jobsAhead(job));
            }
            case RUNNING -> {
                body.put("state", "in_progress");
                body.put("percent", job.percent());
            }
            case SUCCEEDED -> {
                body.put("state", "succeeded");
                body.put("downloadPath", downloadPath(job));
            }
            case FAILED -> failed(body, job.failure() == null ? "the job failed" : job.failure());
            case CANCELLED -> failed(body, "the job was cancelled");
        }
        return body;
    }

    /** The body of a job that no longer exists (deleted by retention while a client watched it). */
    static Map<String, Object> gone() {
        Map<String, Object> body = new LinkedHashMap<>();
        failed(body, "the job no longer exists");
        return body;
    }

    static boolean isTerminal(Map<String, Object> status) {
        return "succeeded".equals(status.get("state")) || "failed".equals(status.get("state"));
    }

    private String downloadPath(Job job) {
        NoiseRemovalInput input = json.readValue(job.input(), NoiseRemovalInput.class);
        String extension = json.readTree(job.result()).get("extension").asString();
        return Downloads.path(input.downloadId(), extension);
    }

    private static void failed(Map<String, Object> body, String reason) {
        body.put("state", "failed");
        body.put("reason", reason);
    }
}
