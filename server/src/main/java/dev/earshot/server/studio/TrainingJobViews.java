package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A training job as the door shows it: its stored end once it is over, else what its job row says now (status,
 * {@code progress} 0 to 1, {@code queue_position} while queued: 1 is next). A job that is over without a stored end
 * has it stored on the way ({@link TrainingJobListener}), its model made if it completed.
 */
@Component
class TrainingJobViews {

    private final TrainingJobRecords records;
    private final TrainingJobListener endings;
    private final ObjectProvider<JobQueue> jobs;

    TrainingJobViews(TrainingJobRecords records, TrainingJobListener endings, ObjectProvider<JobQueue> jobs) {
        this.records = records;
        this.endings = endings;
        this.jobs = jobs;
    }

    Map<String, Object> view(TrainingJob training) {
        TrainingJob current = training;
        Job job = null;
        if (current.finalStatus() == null) {
            job = jobs.getObject().find(current.jobId()).orElse(null);
            if (job != null && job.state().isTerminal()) {
                endings.finished(job);
                current = records.find(current.id()).orElse(current);
            }
        }
        TrainingStatus status = current.finalStatus() != null ? current.finalStatus() : TrainingStatus.of(job);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", current.id());
        view.put("tenant_id", current.projectId());
        view.put("dataset_id", current.datasetId());
        view.put("annotation_set_id", current.annotationSetId());
        view.put("config", current.config().view());
        view.put("status", status.wire());
        view.put("progress", current.finalProgress() != null ? current.finalProgress()
                : job == null ? 0.0 : job.percent() / 100.0);
        view.put("queue_position", status == TrainingStatus.QUEUED ? jobs.getObject().jobsAhead(job) + 1 : null);
        view.put("error_message", current.finalStatus() != null ? current.errorMessage() : null);
        view.put("model_id", status == TrainingStatus.COMPLETED ? StudioModel.idOf(current.id()) : null);
        view.put("created_at", StudioTimes.format(current.createdAt()));
        view.put("started_at", StudioTimes.format(current.startedAt()));
        view.put("completed_at", StudioTimes.format(current.completedAt()));
        return view;
    }
}
