package dev.earshot.server.submissions;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobState;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of submissions and tasks, in seed 001's shapes. Earshot adds to a task {@code submission_id},
 * {@code progress} (0 to 100) and {@code queue_position} (1 for the next task to run, null unless it waits in the
 * built-in workers' queue); dates are UTC to the second, {@code 2024-04-06T12:34:10Z}.
 */
@Component
class SubmissionViews {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private final JobQueue jobs;
    private final JsonMapper json;

    SubmissionViews(JobQueue jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** The 201 body of a new submission. */
    Map<String, Object> created(Submission submission, SubmissionTask task) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", submission.id());
        shown.put("audio_name", submission.audioName());
        shown.put("services", services(submission));
        shown.put("status", task.status());
        Map<String, Object> taskView = new LinkedHashMap<>();
        taskView.put("id", task.id());
        taskView.put("status", task.status());
        taskView.put("type", task.type());
        return Map.of("data", Map.of("submission", shown, "task", taskView));
    }

    Map<String, Object> details(Submission submission, List<SubmissionTask> tasks) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", submission.id());
        shown.put("audio_name", submission.audioName());
        shown.put("context", submission.context());
        shown.put("services", services(submission));
        shown.put("status", tasks.isEmpty() ? SubmissionTask.PENDING : tasks.get(0).status());
        shown.put("audio_id", submission.audioId());
        shown.put("created_at", date(submission.createdAt()));
        shown.put("tasks", tasks.stream().map(this::withResult).toList());
        return Map.of("data", shown);
    }

    /** A task in a list: id, type, status, created_at (and Earshot's additions). */
    Map<String, Object> listed(SubmissionTask task) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", task.id());
        shown.put("type", task.type());
        shown.put("status", task.status());
        shown.put("created_at", date(task.createdAt()));
        shown.put("submission_id", task.submissionId());
        progress(task, shown);
        return shown;
    }

    private Map<String, Object> withResult(SubmissionTask task) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", task.id());
        shown.put("type", task.type());
        shown.put("status", task.status());
        shown.put("result", task.result() == null ? null : json.readValue(task.result(), Map.class));
        progress(task, shown);
        shown.put("created_at", date(task.createdAt()));
        return shown;
    }

    private void progress(SubmissionTask task, Map<String, Object> shown) {
        Optional<Job> job = task.jobId() == null || task.finished() ? Optional.empty() : jobs.find(task.jobId());
        int percent = task.status().equals(SubmissionTask.DONE) ? 100
                : job.filter(running -> running.state() == JobState.RUNNING).map(Job::percent).orElse(0);
        shown.put("progress", percent);
        shown.put("queue_position", job.filter(waiting -> waiting.state() == JobState.QUEUED)
                .map(waiting -> jobs.jobsAhead(waiting) + 1).orElse(null));
    }

    /** The answer of {@code POST /api/v1/tasks/{task}/results}. */
    static Map<String, Object> reported(SubmissionTask task) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("task_id", task.id());
        shown.put("status", task.status());
        return Map.of("data", shown);
    }

    private static List<String> services(Submission submission) {
        return TaskSpec.servicesOf(submission.services()).stream().map(SubmissionService::label).toList();
    }

    static String date(OffsetDateTime at) {
        return at == null ? null : DATE.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
