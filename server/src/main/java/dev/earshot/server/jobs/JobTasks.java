package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks behind jobs: one execution per job to fetch its input, one to run it, and a recurring
 * retention sweep. Executions revive when their node dies (missed heartbeats), so a job is picked up again.
 */
@Configuration
@EnableConfigurationProperties(JobSettings.class)
class JobTasks {

    /**
     * How long a job that waits for a native library that is DOWN here stays out of the queue: at least this long, and
     * up to {@link #NATIVES_WAIT_SPREAD} more at random. A fixed wait would end right before this node's own next poll
     * each time, so it would take the job again before a node where the library works had a chance.
     */
    private static final Duration NATIVES_WAIT = Duration.ofSeconds(15);
    private static final Duration NATIVES_WAIT_SPREAD = Duration.ofSeconds(30);

    /** Administration commands share the database but must never pick up jobs: their scheduler stays idle. */
    @Bean
    @ConditionalOnProperty(name = "earshot.jobs.execute", havingValue = "false")
    DbSchedulerStarter idleScheduler() {
        return () -> { };
    }

    @Bean
    Task<Void> jobRunTask(JobExecutor executor, JobSettings settings) {
        return oneJob(JobQueue.RUN_TASK, settings)
                .execute((instance, context) -> completion(executor.run(instance.getId())));
    }

    @Bean
    Task<Void> jobFetchTask(JobExecutor executor, JobSettings settings) {
        return oneJob(JobQueue.FETCH_TASK, settings)
                .execute((instance, context) -> completion(executor.fetch(instance.getId(),
                        context.getExecution().consecutiveFailures, context.getSchedulerClient())));
    }

    /** One execution per job, retried with backoff after a failure and revived when its node dies. */
    private static Tasks.TaskBuilder<Void> oneJob(String name, JobSettings settings) {
        return Tasks.custom(name, Void.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryBackoff(), 2.0))
                .onDeadExecutionRevive();
    }

    /**
     * Removes a finished execution; one that waits for a native library is offered again 15 to 45 s later (to any
     * node: one where the library works takes it), without counting as a failure.
     */
    private static CompletionHandler<Void> completion(JobExecutor.Outcome outcome) {
        if (outcome == JobExecutor.Outcome.WAITING_FOR_NATIVES) {
            long spread = ThreadLocalRandom.current().nextLong(NATIVES_WAIT_SPREAD.toMillis());
            return (complete, operations) -> operations.reschedule(complete,
                    Instant.now().plus(NATIVES_WAIT).plusMillis(spread));
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    @Bean
    Task<Void> jobRetentionTask(JobRetention retention, JobSettings settings) {
        return Tasks.recurring("earshot-job-retention", FixedDelay.of(settings.retentionSweep()))
                .execute((instance, context) -> retention.sweep());
    }
}
