package dev.earshot.server.jobs;

/**
 * What a door submits.
 *
 * @param fetchFirst true when the input must first be fetched ({@link JobWork#fetch}); the job then starts in
 *                   {@link JobState#DOWNLOADING} and joins the queue once the fetch is done
 */
public record NewJob(String id, String kind, String projectId, String keyId, String input, Double audioSeconds,
                     String callbackUrl, boolean fetchFirst) {
}
