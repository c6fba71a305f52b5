package dev.earshot.server.submissions;

import java.time.OffsetDateTime;

/**
 * A task as stored.
 *
 * @param status       {@code pending}, {@code processing}, {@code done} or {@code failed}
 * @param result       {@code {"from", "payload"}} as JSON text once a worker reported, else null
 * @param cost         credits debited when the task is done (0 for a key without a user)
 * @param jobId        the built-in worker's job, or null when external workers run the task
 * @param leaseHolder  the key of the external worker holding the task, or once finished the one that finished it;
 *                     null for the built-in worker
 * @param leaseUntil   when that worker's lease runs out
 */
record SubmissionTask(long id, long submissionId, String owner, String type, String status, String result,
                      Long resultId, String zip, String failure, long cost, double audioSeconds, String jobId,
                      String leaseHolder, OffsetDateTime leaseUntil, int claims, OffsetDateTime createdAt,
                      OffsetDateTime updatedAt, OffsetDateTime finishedAt) {

    static final String PENDING = "pending";
    static final String PROCESSING = "processing";
    static final String DONE = "done";
    static final String FAILED = "failed";

    boolean finished() {
        return status.equals(DONE) || status.equals(FAILED);
    }
}
