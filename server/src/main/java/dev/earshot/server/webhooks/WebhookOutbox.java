package dev.earshot.server.webhooks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues one signed webhook message per source (a job, a task) with its delivery execution, in one transaction
 * (the caller's, when there is one): the message is sent and retried as every webhook is, even if this node stops
 * right afterwards, and a source queued again gets no second message.
 */
@Component
public class WebhookOutbox {

    static final String DELIVERY_TASK = "earshot-webhook";
    private final WebhookRecords records;
    /** Looked up when needed: the scheduler is built from the task beans, which lead back to the listeners. */
    private final ObjectProvider<SchedulerClient> scheduler;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    WebhookOutbox(WebhookRecords records, ObjectProvider<SchedulerClient> scheduler,
                  TransactionTemplate transactions, JsonMapper json) {
        this.records = records;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Queues {@code {"type", "timestamp", "data"}} for {@code url}, signed with the project's secret.
     *
     * @param sourceId what the message is about, unique among all messages (a job id, {@code subtask_104})
     * @return false when a message for {@code sourceId} was queued before (nothing is queued again)
     */
    public boolean queue(String sourceId, String projectId, String url, String type, Instant at,
                         Map<String, Object> data) {
        return queueBody(sourceId, projectId, url, type, json.writeValueAsString(envelope(type, at, data)));
    }

    boolean queueBody(String sourceId, String projectId, String url, String type, String body) {
        WebhookMessage message = new WebhookMessage("msg_" + UUID.randomUUID().toString().replace("-", ""),
                sourceId, projectId, url.strip(), type, body, MessageState.PENDING, 0, Instant.now(), null);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!records.insert(message)) {
                return false;
            }
            scheduler.getObject().scheduleIfNotExists(
                    new TaskInstance<Void>(DELIVERY_TASK, message.id(), () -> null, Priority.HIGH), Instant.now());
            return true;
        }));
    }

    static Map<String, Object> envelope(String type, Instant at, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type);
        envelope.put("timestamp", at.toString());
        envelope.put("data", data);
        return envelope;
    }
}
