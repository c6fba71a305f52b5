package dev.earshot.server.submissions;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.jobs.JobState;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A built-in worker's job that ended without a result reports its task failed, with the job's reason. */
@Component
class TaskJobListener implements JobListener {

    private final SubmissionRecords records;
    private final TaskResults results;

    TaskJobListener(SubmissionRecords records, TaskResults results) {
        this.records = records;
        this.results = results;
    }

    @Override
    public void finished(Job job) {
        if (!job.kind().equals(TaskWork.KIND) || job.state() == JobState.SUCCEEDED) {
            return;
        }
        long taskId = Long.parseLong(job.id().substring(job.id().indexOf('_') + 1));
        records.task(taskId).filter(task -> !task.finished()).ifPresent(task -> results.report(task,
                TaskReport.builtIn(TaskReport.FAILED, Map.of("error", job.failure() == null
                        ? "the task's job was " + job.state().name().toLowerCase() : job.failure()))));
    }
}
