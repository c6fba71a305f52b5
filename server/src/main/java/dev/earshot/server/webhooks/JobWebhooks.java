package dev.earshot.server.webhooks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.system.InternalErrors;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a finished job with a callback URL into a webhook message and its delivery execution, both written in
 * one transaction: the message is sent (and retried) even if this node stops right afterwards.
 */
@Component
class JobWebhooks implements JobListener {

    static final String DELIVERY_TASK = "earshot-webhook";
    private final JobEvents events;
    private final WebhookRecords records;
    /** Looked up when needed: the scheduler is built from the task beans, which lead back to the listeners. */
    private final ObjectProvider<SchedulerClient> scheduler;
    private final TransactionTemplate transactions;
    private final InternalErrors errors;

    JobWebhooks(JobEvents events, WebhookRecords records, ObjectProvider<SchedulerClient> scheduler,
                TransactionTemplate transactions, InternalErrors errors) {
        this.events = events;
        this.records = records;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.errors = errors;
    }

    /** Never throws: a webhook that cannot be queued is logged with an error id and does not disturb the job. */
    @Override
    public void finished(Job job) {
        if (job.callbackUrl() == null || job.callbackUrl().isBlank()) {
            return;
        }
        try {
            enqueue(job);
        } catch (RuntimeException e) {
            errors.record(new IllegalStateException("cannot queue the webhook of job " + job.id(), e));
        }
    }

    private void enqueue(Job job) {
        JobEvents.Event event = events.of(job);
        WebhookMessage message = new WebhookMessage("msg_" + UUID.randomUUID().toString().replace("-", ""),
                job.id(), job.projectId(), job.callbackUrl().strip(), event.type(), event.body(),
                MessageState.PENDING, 0, Instant.now(), null);
        transactions.executeWithoutResult(status -> {
            if (records.insert(message)) {
                scheduler.getObject().scheduleIfNotExists(
                        new TaskInstance<Void>(DELIVERY_TASK, message.id(), () -> null, Priority.HIGH), Instant.now());
            }
        });
    }
}
