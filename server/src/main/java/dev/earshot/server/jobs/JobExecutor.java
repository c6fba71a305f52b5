package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.server.natives.NativeCapabilities;
import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.system.InternalErrors;
import dev.earshot.server.system.WorkFolders;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs one db-scheduler execution of a job: claims the next attempt, calls the door's {@link JobWork} and
 * commits the outcome with a conditional update, so only the attempt that still owns the job writes a result.
 * A transient error puts the job back in the queue and throws {@link RetryLater}, which db-scheduler turns into
 * a retry with backoff. When the server stops, running jobs are stopped at their next checkpoint and queued
 * again the same way (the stopped attempt counts towards the maximum). A job whose work needs a native library that
 * is DOWN on this node is left as it is, attempts untouched, and offered again later (see {@link JobTasks}).
 */
@Component
class JobExecutor {

    private static final Logger log = LoggerFactory.getLogger(JobExecutor.class);

    private final JobRecords records;
    private final Map<String, JobWork> works;
    private final BlobStore blobs;
    private final WorkFolders folders;
    private final JobSettings settings;
    private final ObjectProvider<JobListener> listeners;
    private final InternalErrors errors;
    private final NativeCapabilities natives;
    private final Set<JobContext> running = ConcurrentHashMap.newKeySet();

    JobExecutor(JobRecords records, List<JobWork> works, BlobStore blobs, WorkFolders folders, JobSettings settings,
                ObjectProvider<JobListener> listeners, InternalErrors errors, NativeCapabilities natives) {
        this.records = records;
        this.works = works.stream().collect(Collectors.toMap(JobWork::kind, Function.identity()));
        this.blobs = blobs;
        this.folders = folders;
        this.settings = settings;
        this.listeners = listeners;
        this.errors = errors;
        this.natives = natives;
    }

    /** Fetches the job's input, unless a native library its work needs is DOWN here. */
    Outcome fetch(String jobId, int failuresSoFar, SchedulerClient scheduler) {
        return records.find(jobId).filter(job -> job.state() == JobState.DOWNLOADING)
                .map(job -> unlessWaiting(job, () -> fetch(job, failuresSoFar, scheduler))).orElse(Outcome.DONE);
    }

    private void fetch(Job job, int failuresSoFar, SchedulerClient scheduler) {
        String jobId = job.id();
        Path workDir = folders.create("fetch-" + jobId + "-");
        try {
            Double seconds = work(job).fetch(job, new JobContext(job, 0, workDir, records, blobs));
            if (records.queue(jobId, seconds, Instant.now())) {
                JobQueue.schedule(scheduler, JobQueue.RUN_TASK, jobId);
            }
        } catch (JobFailedException | EarshotException e) {
            fail(jobId, e.getMessage());
        } catch (RemoteFailureException e) {
            if (retryAfterRemoteFailure(jobId, failuresSoFar + 1, e)) {
                throw new RetryLater(e);
            }
        } catch (Exception e) {
            String id = errors.record(e);
            if (failuresSoFar + 1 >= settings.maxAttempts()) {
                fail(jobId, "the input could not be fetched (error id " + id + ")");
                return;
            }
            throw new RetryLater(e);
        } finally {
            WorkFolders.delete(workDir);
        }
    }

    /** Runs the job's next attempt, unless a native library its work needs is DOWN here. */
    Outcome run(String jobId) {
        return records.find(jobId).filter(job -> job.state() == JobState.QUEUED || job.state() == JobState.RUNNING)
                .map(job -> unlessWaiting(job, () -> run(job))).orElse(Outcome.DONE);
    }

    private void run(Job job) {
        String jobId = job.id();
        int attempt = job.attempts() + 1;
        if (attempt > settings.maxAttempts()) {
            fail(jobId, "the job stopped " + job.attempts() + " times without finishing"
                    + (job.failure() == null ? "" : "; last error: " + job.failure()));
            return;
        }
        if (!records.start(jobId, attempt, Instant.now())) {
            return;
        }
        Job started = records.find(jobId).orElseThrow();
        Path workDir = folders.create("job-" + jobId + "-" + attempt + "-");
        JobContext context = new JobContext(started, attempt, workDir, records, blobs);
        running.add(context);
        try {
            String result = work(started).run(started, context);
            if (records.succeed(jobId, attempt, result, Instant.now())) {
                notifyFinished(jobId);
            }
        } catch (PipelineCancelledException e) {
            if (context.stoppedForShutdown()) {
                requeueAfterShutdown(jobId, attempt, e);
                return;
            }
            context.stopIfNoLongerOwned();
            if (!context.cancellation().isCancelled()) {
                fail(jobId, e.getMessage());
            }
        } catch (JobFailedException | EarshotException e) {
            fail(jobId, e.getMessage());
        } catch (RemoteFailureException e) {
            if (retryAfterRemoteFailure(jobId, attempt, e)
                    && records.requeue(jobId, attempt, e.getMessage() + "; will retry", Instant.now())) {
                throw new RetryLater(e);
            }
        } catch (Exception e) {
            retryOrFail(jobId, attempt, e);
        } finally {
            running.remove(context);
            WorkFolders.delete(workDir);
        }
    }

    /**
     * Stops the jobs running on this node when the server begins to stop, before the scheduler waits for them and
     * before the speech models are closed: each stops at its next checkpoint and is queued again.
     */
    @EventListener(ContextClosedEvent.class)
    void stopRunningJobs() {
        running.forEach(JobContext::stopForShutdown);
    }

    private void requeueAfterShutdown(String jobId, int attempt, PipelineCancelledException stop) {
        if (records.requeue(jobId, attempt, "the server stopped during attempt " + attempt + "; the job runs again",
                Instant.now())) {
            throw new RetryLater(stop);
        }
    }

    private void retryOrFail(String jobId, int attempt, Exception error) {
        String id = errors.record(error);
        if (attempt >= settings.maxAttempts()) {
            fail(jobId, "internal error (error id " + id + ") after " + attempt + " attempts");
            return;
        }
        if (records.requeue(jobId, attempt, "temporary failure (error id " + id + "), will retry", Instant.now())) {
            throw new RetryLater(error);
        }
    }

    private Outcome unlessWaiting(Job job, Runnable execution) {
        JobWork work = works.get(job.kind());
        if (work != null && natives.firstDown(work.natives()).isPresent()) {
            return Outcome.WAITING_FOR_NATIVES;
        }
        execution.run();
        return Outcome.DONE;
    }

    /** Logs a remote end's failure as one warning line; fails the job at its last attempt, else true to retry. */
    private boolean retryAfterRemoteFailure(String jobId, int attempt, RemoteFailureException e) {
        String reason = e.getMessage() + " (attempt " + attempt + " of " + settings.maxAttempts() + ")";
        if (attempt >= settings.maxAttempts()) {
            log.warn("job {} failed: {}", jobId, reason);
            fail(jobId, reason);
            return false;
        }
        log.warn("job {}: {}; will retry", jobId, reason);
        return true;
    }

    private JobWork work(Job job) {
        JobWork work = works.get(job.kind());
        if (work == null) {
            throw new JobFailedException("this server cannot run jobs of kind " + job.kind());
        }
        return work;
    }

    private void fail(String jobId, String reason) {
        if (records.fail(jobId, reason, Instant.now())) {
            notifyFinished(jobId);
        }
    }

    private void notifyFinished(String jobId) {
        records.find(jobId).ifPresent(job -> listeners.orderedStream().forEach(listener -> {
            try {
                listener.finished(job);
            } catch (RuntimeException e) {
                errors.record(e);
            }
        }));
    }

    /** What became of an execution: its work was done (or is over), or it waits for a native library. */
    enum Outcome {
        DONE,
        /** Nothing was changed: a native library the work needs is DOWN on this node. */
        WAITING_FOR_NATIVES
    }

    /** Tells db-scheduler to run the execution again after a backoff. */
    static final class RetryLater extends RuntimeException {
        RetryLater(Throwable cause) {
            super("retrying after: " + cause, cause);
        }
    }
}
