package dev.earshot.server.submissions;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every two seconds, on one node of the deployment at a time: tasks whose external worker's lease ran out go back
 * to pending, the outbox delivers what is due, and (with built-in workers) a task left without its job by a stop
 * between the two writes gets it. (The intake is looked up when needed: it queues jobs through the scheduler that
 * this task is part of.)
 */
@Configuration(proxyBeanMethods = false)
class TaskSweep {

    private static final Logger log = LoggerFactory.getLogger(TaskSweep.class);

    @Bean
    Task<Void> submissionsSweepTask(SubmissionRecords records, TaskOutbox outbox,
                                    ObjectProvider<SubmissionIntake> intake, SubmissionsSettings settings) {
        return Tasks.recurring("earshot-submissions-sweep", FixedDelay.of(Duration.ofSeconds(2)))
                .execute((instance, context) -> sweep(records, outbox, intake.getObject(), settings));
    }

    private static void sweep(SubmissionRecords records, TaskOutbox outbox, SubmissionIntake intake,
                              SubmissionsSettings settings) {
        int expired = records.expireLeases();
        if (expired > 0) {
            log.info("{} task(s) went back to pending: their worker's lease ran out", expired);
        }
        if (!settings.externalWorkers()) {
            records.pendingWithoutJob(SubmissionRecords.now().minusSeconds(30)).forEach(intake::queue);
        }
        outbox.deliverDue();
    }
}
