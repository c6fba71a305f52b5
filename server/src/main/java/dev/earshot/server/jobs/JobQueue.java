package dev.earshot.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Submits jobs and answers questions about them. A submitted job is a row in {@code jobs} plus a db-scheduler
 * execution that runs it; {@link JobRecovery} re-creates a missing execution at start, so a job is never lost.
 */
@Service
public class JobQueue {

    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    static final String RUN_TASK = "earshot-job";
    static final String FETCH_TASK = "earshot-job-fetch";
    /** Seconds of work per second of audio assumed before any job of a kind has finished (measured: ~0.1). */
    private static final double DEFAULT_SECONDS_PER_AUDIO_SECOND = 0.25;
    private final JobRecords records;
    private final SchedulerClient scheduler;
    private final ObjectProvider<JobListener> listeners;

    JobQueue(JobRecords records, SchedulerClient scheduler, ObjectProvider<JobListener> listeners) {
        this.records = records;
        this.scheduler = scheduler;
        this.listeners = listeners;
    }

    /** Stores the job and schedules it; the returned row is QUEUED (DOWNLOADING when fetchFirst). */
    public Job submit(NewJob job) {
        records.insert(job, job.fetchFirst() ? JobState.DOWNLOADING : JobState.QUEUED, Instant.now());
        try {
            schedule(scheduler, job.fetchFirst() ? FETCH_TASK : RUN_TASK, job.id());
        } catch (RuntimeException e) {
            records.delete(job.id());
            throw e;
        }
        return records.find(job.id()).orElseThrow();
    }

    public Optional<Job> find(String id) {
        return records.find(id);
    }

    /** How many queued jobs are ahead of this one; 0 unless it is queued. */
    public int jobsAhead(Job job) {
        return job.state() == JobState.QUEUED ? records.queuedBefore(job.seq()) : 0;
    }

    /**
     * When the job should be done, at the throughput measured on the latest finished jobs of its kind (a default
     * before any has finished). Queued: now plus the audio of the jobs before it, spread over the workers, and its
     * own. Running: its start plus its own audio's work, the same answer on every poll; once a job has run past
     * that, its start plus the time it has run divided by its progress (now, before any progress).
     */
    public Instant estimatedCompletion(Job job, int workers) {
        double rate = records.secondsPerAudioSecond(job.kind()).orElse(DEFAULT_SECONDS_PER_AUDIO_SECOND);
        double own = job.audioSeconds() == null ? 0 : job.audioSeconds();
        Instant now = Instant.now();
        if (job.state() == JobState.RUNNING && job.startedAt() != null) {
            Instant planned = job.startedAt().plus(work(own * rate));
            return planned.isAfter(now) ? planned : extrapolated(job, now);
        }
        double ahead = records.audioSecondsBefore(job.seq()) / Math.max(1, workers);
        return now.plus(work((ahead + own) * rate));
    }

    /** Seconds of work as a duration, rounded up, plus a second for queueing and storing. */
    private static Duration work(double seconds) {
        return Duration.ofMillis((long) Math.ceil(seconds * 1000) + 1000);
    }

    private static Instant extrapolated(Job job, Instant now) {
        if (job.percent() <= 0) {
            return now;
        }
        long ranMillis = Duration.between(job.startedAt(), now).toMillis();
        return job.startedAt().plusMillis(ranMillis * 100L / job.percent());
    }

    /** Cancels a job that has not finished; a running attempt stops at its next progress report. */
    public boolean cancel(String id) {
        if (!records.cancel(id, Instant.now())) {
            return false;
        }
        records.find(id).ifPresent(job -> listeners.orderedStream().forEach(listener -> {
            try {
                listener.finished(job);
            } catch (RuntimeException e) {
                log.warn("a job listener failed after job {} was cancelled", id, e);
            }
        }));
        return true;
    }

    static void schedule(SchedulerClient client, String task, String jobId) {
        client.scheduleIfNotExists(new TaskInstance<Void>(task, jobId), Instant.now());
    }
}
