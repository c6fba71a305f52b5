package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, finishes what a stop left between two writes of a training job: a job recorded whose work was never
 * queued is queued now; a job whose work is over without a stored end gets it (and its model) now.
 */
@Component
class TrainingRecovery {

    private static final Logger log = LoggerFactory.getLogger(TrainingRecovery.class);
    private final TrainingJobRecords records;
    private final TrainingWork work;
    private final TrainingJobListener endings;
    private final ObjectProvider<JobQueue> jobs;

    TrainingRecovery(TrainingJobRecords records, TrainingWork work, TrainingJobListener endings,
                     ObjectProvider<JobQueue> jobs) {
        this.records = records;
        this.work = work;
        this.endings = endings;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        int queued = 0;
        for (TrainingJob training : records.unfinished()) {
            Optional<Job> job = jobs.getObject().find(training.jobId());
            if (job.isEmpty()) {
                work.submit(training, null);
                queued++;
            } else if (job.get().state().isTerminal()) {
                endings.finished(job.get());
            }
        }
        if (queued > 0) {
            log.info("{} training job(s) recorded without their work queued; queued now", queued);
        }
    }
}
