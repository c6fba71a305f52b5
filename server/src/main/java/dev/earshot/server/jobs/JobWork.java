package dev.earshot.server.jobs;

import dev.earshot.engine.pipeline.NativeCapability;
import java.util.Set;

/**
 * The work behind one kind of job, written by a door. Implementations are Spring beans; the job engine
 * finds them by {@link #kind()}.
 *
 * <p>Throw {@link JobFailedException} (or an engine {@code EarshotException}) for failures a retry cannot fix;
 * any other exception is treated as transient and the job is retried with backoff up to the configured number
 * of attempts. A job may run more than once (retry, or recovery after its node died), so {@link #run} must
 * only write through {@link JobContext}: its blobs are kept per attempt and only the attempt that commits its
 * result wins.
 */
public interface JobWork {

    String kind();

    /**
     * The native libraries this work uses. While one of them is DOWN on this node, the job is not started (nor its
     * input fetched) here: it stays queued with its attempts untouched and is offered again a little later.
     */
    default Set<NativeCapability> natives() {
        return Set.of();
    }

    /**
     * Fetches a remote input before the job joins the queue; only called for jobs submitted with fetchFirst.
     *
     * @return the duration of the fetched audio in seconds, or null if unknown
     */
    default Double fetch(Job job, JobContext context) throws Exception {
        throw new UnsupportedOperationException(kind() + " jobs have nothing to fetch");
    }

    /** Does the work and returns the result JSON stored on the job. */
    String run(Job job, JobContext context) throws Exception;
}
