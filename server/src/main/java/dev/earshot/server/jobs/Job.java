package dev.earshot.server.jobs;

import java.time.Instant;

/**
 * One asynchronous job as stored.
 *
 * @param id           the door's public id ({@code job_} + 12 hex for seed 000, a UUID for seed 003)
 * @param seq          position in submission order; the queue is served in this order
 * @param kind         which {@link JobWork} runs it
 * @param input        the door's description of the work, as JSON
 * @param audioSeconds duration of the input audio, when known
 * @param callbackUrl  where to send the completion webhook, or null
 * @param percent      0 to 100, meaningful while running
 * @param result       the work's result JSON once succeeded
 * @param failure      a reason a user can act on once failed (also the last transient error while retrying)
 * @param attempts     how many times a worker has started this job
 */
public record Job(String id, long seq, String kind, String projectId, String keyId, JobState state, int percent,
                  String input, Double audioSeconds, String callbackUrl, String result, String failure,
                  int attempts, Instant createdAt, Instant startedAt, Instant finishedAt, Instant updatedAt) {
}
