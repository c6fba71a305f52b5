package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
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

    /** Administration commands share the database but must never pick up jobs: their scheduler stays idle. */
    @Bean
    @ConditionalOnProperty(name = "earshot.jobs.execute", havingValue = "false")
    DbSchedulerStarter idleScheduler() {
        return () -> { };
    }

    @Bean
    Task<Void> jobRunTask(JobExecutor executor, JobSettings settings) {
        return Tasks.oneTime(JobQueue.RUN_TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryBackoff(), 2.0))
                .onDeadExecutionRevive()
                .execute((instance, context) -> executor.run(instance.getId()));
    }

    @Bean
    Task<Void> jobFetchTask(JobExecutor executor, JobSettings settings) {
        return Tasks.oneTime(JobQueue.FETCH_TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryBackoff(), 2.0))
                .onDeadExecutionRevive()
                .execute((instance, context) -> executor.fetch(instance.getId(),
                        context.getExecution().consecutiveFailures, context.getSchedulerClient()));
    }

    @Bean
    Task<Void> jobRetentionTask(JobRetention retention, JobSettings settings) {
        return Tasks.recurring("earshot-job-retention", FixedDelay.of(settings.retentionSweep()))
                .execute((instance, context) -> retention.sweep());
    }
}
