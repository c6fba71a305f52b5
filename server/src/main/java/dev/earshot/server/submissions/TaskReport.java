package dev.earshot.server.submissions;

import java.util.Map;

/**
 * What a worker reports on a task ({@code POST /api/v1/tasks/{task}/results}).
 *
 * @param status   {@code pending}, {@code processing}, {@code completed} or {@code failed}
 * @param result   the worker's payload, or null
 * @param resultId the worker's own reference, or null
 * @param zip      a blob key inside Earshot's store holding the result's files, or null
 * @param worker   the key of the reporting worker, or null for this server's built-in worker
 */
record TaskReport(String status, Object result, Long resultId, String zip, String worker) {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    static TaskReport builtIn(String status, Map<String, Object> payload) {
        return new TaskReport(status, payload, null, null, null);
    }

    /** The task status this report leads to. */
    String taskStatus() {
        return switch (status) {
            case COMPLETED -> SubmissionTask.DONE;
            case FAILED -> SubmissionTask.FAILED;
            default -> status;
        };
    }
}
