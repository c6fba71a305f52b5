package dev.earshot.server.submissions;

/**
 * Published once when a task of the submissions door reaches done or failed, after the state is stored, for
 * other code to listen to ({@code @EventListener}).
 *
 * @param owner  {@code user:<id>}, or {@code key:<id>} for a key without a user
 * @param status {@code done} or {@code failed}
 */
public record TaskFinished(long taskId, long submissionId, String owner, String type, String status) {
}
