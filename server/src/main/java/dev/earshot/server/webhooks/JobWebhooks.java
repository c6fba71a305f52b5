package dev.earshot.server.webhooks;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.system.InternalErrors;
import org.springframework.stereotype.Component;

/**
 * Turns a finished job with a callback URL into a webhook message and its delivery execution, both written in
 * one transaction: the message is sent (and retried) even if this node stops right afterwards.
 */
@Component
class JobWebhooks implements JobListener {

    private final JobEvents events;
    private final WebhookOutbox outbox;
    private final InternalErrors errors;

    JobWebhooks(JobEvents events, WebhookOutbox outbox, InternalErrors errors) {
        this.events = events;
        this.outbox = outbox;
        this.errors = errors;
    }

    /** Never throws: a webhook that cannot be queued is logged with an error id and does not disturb the job. */
    @Override
    public void finished(Job job) {
        if (job.callbackUrl() == null || job.callbackUrl().isBlank()) {
            return;
        }
        try {
            JobEvents.Event event = events.of(job);
            outbox.queueBody(job.id(), job.projectId(), job.callbackUrl(), event.type(), event.body());
        } catch (RuntimeException e) {
            errors.record(new IllegalStateException("cannot queue the webhook of job " + job.id(), e));
        }
    }
}
