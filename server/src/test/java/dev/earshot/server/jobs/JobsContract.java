package dev.earshot.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.earshot.server.storage.BlobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job engine on a real database: one subclass per database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "earshot.jobs.retry-backoff=100ms", "earshot.jobs.max-attempts=3", "db-scheduler.polling-interval=100ms",
        "db-scheduler.threads=2"})
@Import(JobsContract.Beans.class)
abstract class JobsContract {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    JobQueue queue;
    @Autowired
    JobRecords records;
    @Autowired
    JobRetention retention;
    @Autowired
    ScriptedWork work;
    @Autowired
    Finished finished;
    @Autowired
    BlobStore blobs;
    @Autowired
    JdbcClient jdbc;

    @TestConfiguration
    static class Beans {
        @Bean
        ScriptedWork scriptedWork() {
            return new ScriptedWork();
        }

        @Bean
        Finished finished() {
            return new Finished();
        }
    }

    static class Finished implements JobListener {
        final List<Job> jobs = new CopyOnWriteArrayList<>();

        @Override
        public void finished(Job job) {
            jobs.add(job);
        }
    }

    @Test
    void aSubmittedJobRunsToSuccessWithItsResultAndFullProgress() {
        Job job = queue.submit(job("ok", false));
        assertThat(job.state()).isIn(JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED);

        Job done = awaitTerminal(job.id());

        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.result()).contains("jobs/" + job.id() + "/attempt-1/out.txt");
        assertThat(blobs.exists("jobs/" + job.id() + "/attempt-1/out.txt")).isTrue();
        assertThat(finished.jobs).extracting(Job::id).containsOnlyOnce(job.id());
    }

    @Test
    void aTransientErrorIsRetriedAndTheJobSucceedsOnItsSecondAttempt() {
        Job done = awaitTerminal(queue.submit(job("transient-once", false)).id());

        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.result()).contains("attempt-2");
        assertThat(done.failure()).isNull();
    }

    @Test
    void aJobThatKeepsFailingStopsAfterMaxAttemptsWithAnErrorId() {
        Job done = awaitTerminal(queue.submit(job("always-transient", false)).id());

        assertThat(done.state()).isEqualTo(JobState.FAILED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.failure()).contains("internal error (error id ").doesNotContain("still broken");
    }

    @Test
    void aPermanentFailureIsNotRetriedAndKeepsItsReason() {
        Job done = awaitTerminal(queue.submit(job("permanent", false)).id());

        assertThat(done.state()).isEqualTo(JobState.FAILED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.failure()).isEqualTo("the input is not audio");
        assertThat(finished.jobs).extracting(Job::id).containsOnlyOnce(done.id());
    }

    @Test
    void aJobWithARemoteInputIsFetchedThenQueuedWithItsDuration() {
        Job job = queue.submit(job("ok", true));
        assertThat(job.state()).isIn(JobState.DOWNLOADING, JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED);

        Job done = awaitTerminal(job.id());

        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.audioSeconds()).isEqualTo(12.5);
    }

    @Test
    void queuedJobsCountTheJobsAheadOfThemInSubmissionOrder() {
        List<Job> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(queue.submit(job("hold", false)));
        }
        await().atMost(WAIT).until(() -> count(JobState.RUNNING) == 2);
        List<Integer> ahead = held.stream().map(j -> queue.find(j.id()).orElseThrow())
                .filter(j -> j.state() == JobState.QUEUED).map(queue::jobsAhead).toList();
        Job last = queue.find(held.get(4).id()).orElseThrow();

        held.forEach(j -> work.release(j.id()));

        assertThat(ahead).containsExactly(0, 1, 2);
        assertThat(queue.estimatedCompletion(last, 2)).isAfter(Instant.now());
        held.forEach(j -> assertThat(awaitTerminal(j.id()).state()).isEqualTo(JobState.SUCCEEDED));
    }

    @Test
    void cancellingARunningJobStopsItAndNoResultIsWritten() {
        Job job = queue.submit(job("hold", false));
        await().atMost(WAIT).until(() -> queue.find(job.id()).orElseThrow().state() == JobState.RUNNING);

        assertThat(queue.cancel(job.id())).isTrue();
        assertThat(queue.cancel(job.id())).isFalse();

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
                .param(job.id()).query(Long.class).single() == 0);
        Job cancelled = queue.find(job.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.result()).isNull();
    }

    @Test
    void onlyTheAttemptThatOwnsTheJobCanWriteItsResult() {
        String id = "job_" + UUID.randomUUID().toString().substring(0, 8);
        records.insert(new NewJob(id, "no-such-kind", "p", null, "x", null, null, false), JobState.QUEUED,
                Instant.now());
        assertThat(records.start(id, 1, Instant.now())).isTrue();
        assertThat(records.start(id, 2, Instant.now())).isTrue();

        assertThat(records.succeed(id, 1, "{\"stale\":true}", Instant.now())).isFalse();
        assertThat(records.succeed(id, 2, "{\"fresh\":true}", Instant.now())).isTrue();
        assertThat(records.succeed(id, 2, "{\"again\":true}", Instant.now())).isFalse();
        assertThat(records.find(id).orElseThrow().result()).isEqualTo("{\"fresh\":true}");
    }

    @Test
    void retentionDeletesOldFinishedJobsWithTheirBlobsAndKeepsTheRest() {
        Job old = awaitTerminal(queue.submit(job("ok", false)).id());
        Job recent = awaitTerminal(queue.submit(job("ok", false)).id());
        jdbc.sql("update jobs set finished_at = ? where id = ?")
                .params(Instant.now().minus(Duration.ofDays(8)).atOffset(java.time.ZoneOffset.UTC), old.id())
                .update();

        retention.sweep();

        assertThat(queue.find(old.id())).isEmpty();
        assertThat(blobs.exists("jobs/" + old.id() + "/attempt-1/out.txt")).isFalse();
        assertThat(queue.find(recent.id())).isPresent();
        assertThat(blobs.exists("jobs/" + recent.id() + "/attempt-1/out.txt")).isTrue();
    }

    private long count(JobState state) {
        return jdbc.sql("select count(*) from jobs where state = ? and kind = ?")
                .params(state.name(), ScriptedWork.KIND).query(Long.class).single();
    }

    private Job awaitTerminal(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> queue.find(id).orElseThrow().state().isTerminal());
        return queue.find(id).orElseThrow();
    }

    private static NewJob job(String script, boolean fetchFirst) {
        String id = "job_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new NewJob(id, ScriptedWork.KIND, "project-1", null, script, 60.0, null, fetchFirst);
    }
}
