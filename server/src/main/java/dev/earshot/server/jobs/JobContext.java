package dev.earshot.server.jobs;

import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.server.storage.BlobStore;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What a running attempt may use: a private work folder (removed afterwards), progress reporting, cancellation
 * and a blob area of its own. Blobs written here belong to this attempt; only the attempt whose result is
 * committed is linked from the job.
 */
public final class JobContext {

    private static final long PROGRESS_INTERVAL_MILLIS = 250;
    private final Job job;
    private final int attempt;
    private final Path workDir;
    private final JobRecords records;
    private final BlobStore blobs;
    private final Cancellation cancellation = Cancellation.none();
    private volatile boolean serverStopping;
    private int reportedPercent = -1;
    private long reportedAt;

    JobContext(Job job, int attempt, Path workDir, JobRecords records, BlobStore blobs) {
        this.job = job;
        this.attempt = attempt;
        this.workDir = workDir;
        this.records = records;
        this.blobs = blobs;
    }

    public int attempt() {
        return attempt;
    }

    public Path workDir() {
        return workDir;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /** The blob key prefix under which the job's input was stored by its door: {@code jobs/<id>/input/}. */
    public static String inputPrefix(String jobId) {
        return "jobs/" + jobId + "/input/";
    }

    /** Stores a file of this attempt and returns its blob key. */
    public String store(String name, Path file, String contentType) {
        String key = "jobs/" + job.id() + "/attempt-" + attempt + "/" + name;
        blobs.put(key, file, contentType);
        return key;
    }

    /**
     * Reports progress from 0 to 1. Written at most every 250 ms and only upwards. If the job was cancelled
     * or taken over meanwhile, the run is told to stop.
     */
    public void progress(double fraction) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        long now = System.currentTimeMillis();
        if (percent <= reportedPercent || (now - reportedAt < PROGRESS_INTERVAL_MILLIS && percent < 100)) {
            return;
        }
        reportedPercent = percent;
        reportedAt = now;
        records.progress(job.id(), attempt, percent, Instant.now());
        stopIfNoLongerOwned();
    }

    /** Stops the run because this server is stopping; the job is queued again for after the restart. */
    void stopForShutdown() {
        serverStopping = true;
        cancellation.cancel();
    }

    /** True when the run was stopped because this server is stopping. */
    boolean stoppedForShutdown() {
        return serverStopping;
    }

    void stopIfNoLongerOwned() {
        boolean owned = records.find(job.id())
                .map(current -> current.state() == JobState.RUNNING && current.attempts() == attempt)
                .orElse(false);
        if (!owned) {
            cancellation.cancel();
        }
    }
}
