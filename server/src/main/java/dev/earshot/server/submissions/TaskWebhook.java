package dev.earshot.server.submissions;

import dev.earshot.server.webhooks.ProjectWebhooks;
import dev.earshot.server.webhooks.WebhookOutbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The signed webhook of a finished task, for a submission filed under a project with a webhook URL:
 * {@code task.done} or {@code task.failed}, with the task, its submission and the audio's name as data. Queued once
 * per task (its source id is {@code subtask_<id>}), then signed, sent and retried by the webhooks feature.
 */
@Component
class TaskWebhook {

    private static final Logger log = LoggerFactory.getLogger(TaskWebhook.class);
    private final SubmissionRecords records;
    private final ProjectWebhooks projects;
    private final WebhookOutbox outbox;

    TaskWebhook(SubmissionRecords records, ProjectWebhooks projects, WebhookOutbox outbox) {
        this.records = records;
        this.projects = projects;
        this.outbox = outbox;
    }

    /** True when the task's project has a webhook URL. */
    boolean wanted(SubmissionTask task) {
        return records.projectOf(task.submissionId()).flatMap(projects::url).isPresent();
    }

    void queue(SubmissionTask task, Submission submission) {
        Optional<String> project = records.projectOf(submission.id());
        Optional<String> url = project.flatMap(projects::url);
        if (url.isEmpty()) {
            log.info("no webhook for task {}: its project's webhook URL was removed", task.id());
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", task.id());
        data.put("submission_id", submission.id());
        data.put("type", task.type());
        data.put("status", task.status());
        data.put("audio_name", submission.audioName());
        outbox.queue("subtask_" + task.id(), project.get(), url.get(), "task." + task.status(), Instant.now(), data);
    }
}
