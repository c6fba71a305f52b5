package dev.earshot.server.jobs;

/**
 * Where a job is. Each door maps these onto its own words: seed 000 says queued/processing/completed/failed,
 * seed 003 says downloading/queued/in_progress/succeeded/failed.
 */
public enum JobState {
    /** The input is being fetched from a URL; the job is not in the queue yet. */
    DOWNLOADING,
    /** Waiting for a worker. */
    QUEUED,
    /** A worker is on it; {@code percent} rises from 0 to 100. */
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
