package dev.earshot.server.webhooks;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobEventBody;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook body of a finished job: {@code {"type", "timestamp", "data"}}, with type and data from the
 * {@link JobEventBody} of the job's kind, or a generic description for kinds without one.
 */
@Component
class JobEvents {

    private final Map<String, JobEventBody> bodies;
    private final JsonMapper json;

    JobEvents(List<JobEventBody> bodies, JsonMapper json) {
        this.bodies = bodies.stream().collect(Collectors.toMap(JobEventBody::kind, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two JobEventBody beans for job kind " + a.kind() + ": "
                    + a.getClass().getName() + " and " + b.getClass().getName());
        }));
        this.json = json;
    }

    /** An event ready to send. */
    record Event(String type, String body) {
    }

    Event of(Job job) {
        JobEventBody body = bodies.get(job.kind());
        String type = body == null ? genericType(job) : body.eventType(job);
        Map<String, Object> data = body == null ? genericData(job) : body.data(job);
        Instant at = job.finishedAt() == null ? Instant.now() : job.finishedAt();
        return new Event(type, json.writeValueAsString(WebhookOutbox.envelope(type, at, data)));
    }

    /** {@code job.succeeded}, {@code job.failed} or {@code job.cancelled}. */
    static String genericType(Job job) {
        return "job." + job.state().name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> genericData(Job job) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", job.id());
        data.put("kind", job.kind());
        data.put("state", job.state().name().toLowerCase(Locale.ROOT));
        data.put("failure", job.failure());
        data.put("created_at", text(job.createdAt()));
        data.put("started_at", text(job.startedAt()));
        data.put("finished_at", text(job.finishedAt()));
        return data;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
