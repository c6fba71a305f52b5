package dev.earshot.server.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver a message, as recorded in {@code webhook_deliveries}.
 *
 * @param url        the URL without its query string
 * @param attempt    1 for the first attempt
 * @param statusCode the receiver's HTTP status, or null when it did not answer (or the URL was refused)
 * @param error      why the attempt failed without a status, or null
 * @param durationMs time the attempt took, in milliseconds
 */
record WebhookDelivery(String messageId, String jobId, String url, int attempt, Integer statusCode, String error,
                       long durationMs, Instant createdAt) {
}
