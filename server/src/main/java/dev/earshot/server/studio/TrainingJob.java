package dev.earshot.server.studio;

import java.time.Instant;

/**
 * A training job as stored.
 *
 * @param finalStatus  the status it ended in, null while it is not over (its job row tells how it goes)
 * @param finalProgress the progress it ended at (0 to 1), null while it is not over
 * @param startedAt    when its first attempt started, null before
 * @param completedAt  when it ended, null before
 */
record TrainingJob(String id, String projectId, String datasetId, String annotationSetId, TrainingJobConfig config,
                   TrainingStatus finalStatus, Double finalProgress, String errorMessage, Instant createdAt,
                   Instant startedAt, Instant completedAt) {

    /** The id of the job-engine job that does the work. */
    String jobId() {
        return jobId(id);
    }

    static String jobId(String trainingJobId) {
        return "studiotrain_" + trainingJobId;
    }

    /** The training job of a job-engine job id. */
    static String ofJobId(String jobId) {
        return jobId.substring(jobId.indexOf('_') + 1);
    }
}
