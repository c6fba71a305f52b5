package dev.earshot.server.webhooks;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks behind webhooks. Each message is one execution (instance id = message id) that stays in
 * {@code scheduled_tasks} until the message is finished: after a failed attempt it is rescheduled at the next
 * retry time, so a restart or a dead node loses nothing. Deliveries run before queued jobs (high priority).
 */
@Configuration
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookTasks {

    /** Wait before running again after an unexpected error (the database was down, say); doubles each time. */
    private static final Duration ERROR_BACKOFF = Duration.ofSeconds(30);

    @Bean
    Task<Void> webhookDeliveryTask(WebhookSender sender) {
        return Tasks.custom(WebhookOutbox.DELIVERY_TASK, Void.class)
                .defaultPriority(Priority.HIGH)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(ERROR_BACKOFF, 2.0))
                .execute((instance, context) -> sender.attempt(instance.getId())
                        .<CompletionHandler<Void>>map(next -> (done, operations) -> operations.reschedule(done, next))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }

    /** Announces, once a minute, finished jobs whose node died before it could announce them. */
    @Bean
    Task<Void> webhookCatchUpTask(MissedAnnouncements missed) {
        return Tasks.recurring("earshot-webhook-catch-up", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> missed.announce());
    }

    @Bean
    Task<Void> webhookRetentionTask(WebhookRecords records, WebhookSettings settings) {
        return Tasks.recurring("earshot-webhook-retention", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> records.deleteBefore(Instant.now().minus(settings.retention())));
    }
}
