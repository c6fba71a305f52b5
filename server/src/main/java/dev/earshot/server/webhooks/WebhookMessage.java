package dev.earshot.server.webhooks;

import java.time.Instant;

/**
 * One webhook to send: a job's finish event, signed and sent under {@code id} on every attempt.
 *
 * @param id       the {@code webhook-id}: {@code msg_} and 32 hex digits
 * @param body     the JSON body, fixed when the job finished
 * @param attempts attempts started so far
 */
record WebhookMessage(String id, String jobId, String projectId, String url, String eventType, String body,
                      MessageState state, int attempts, Instant createdAt, Instant finishedAt) {
}
