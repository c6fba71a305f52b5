package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.jobs.JobState;
import org.springframework.stereotype.Component;

/**
 * Stores how a training job ended once its job is over, the model first when it succeeded: a stored
 * {@code completed} always has its model. Safe to call more than once for the same job (the door calls it again
 * for a job that is over without a stored end, as after a crash between the job's end and this listener).
 */
@Component
class TrainingJobListener implements JobListener {

    private final TrainingJobRecords records;
    private final TrainedModels models;

    TrainingJobListener(TrainingJobRecords records, TrainedModels models) {
        this.records = records;
        this.models = models;
    }

    @Override
    public void finished(Job job) {
        if (!job.kind().equals(TrainingWork.KIND) || !job.state().isTerminal()) {
            return;
        }
        records.find(TrainingJob.ofJobId(job.id())).filter(training -> training.finalStatus() == null)
                .ifPresent(training -> {
                    if (job.state() == JobState.SUCCEEDED) {
                        models.make(training, job);
                    }
                    TrainingStatus status = TrainingStatus.of(job);
                    records.finish(training.id(), status, status == TrainingStatus.COMPLETED ? 1 : job.percent() / 100.0,
                            job.state() == JobState.FAILED ? job.failure() : null, job.finishedAt());
                });
    }
}
