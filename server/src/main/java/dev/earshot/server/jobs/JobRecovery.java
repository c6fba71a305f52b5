package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, gives every unfinished job an execution if it has none (a submit whose scheduling was lost).
 * Executions of a node that died are revived by db-scheduler itself once their heartbeats stop.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);
    private final JobRecords records;
    private final SchedulerClient scheduler;

    JobRecovery(JobRecords records, SchedulerClient scheduler) {
        this.records = records;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reschedule() {
        List<Job> unfinished = records.inStates(List.of(JobState.DOWNLOADING, JobState.QUEUED, JobState.RUNNING));
        for (Job job : unfinished) {
            String task = job.state() == JobState.DOWNLOADING ? JobQueue.FETCH_TASK : JobQueue.RUN_TASK;
            JobQueue.schedule(scheduler, task, job.id());
        }
        if (!unfinished.isEmpty()) {
            log.info("{} unfinished job(s) found at start; each has an execution", unfinished.size());
        }
    }
}
