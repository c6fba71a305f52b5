package dev.earshot.server.submissions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The submissions and tasks tables. A task's state changes are conditional updates on its current status (and,
 * for external workers, its lease), so two reports or two workers can never both win.
 */
@Repository
class SubmissionRecords {

    private static final String SUBMISSION = "id, owner, audio_name, audio_id, services, audio_language, "
            + "speech_language, context, target_language, created_at";
    private static final String TASK = "id, submission_id, owner, type, status, result, result_id, zip, failure, "
            + "cost, audio_seconds, job_id, lease_holder, lease_until, claims, created_at, updated_at, finished_at";
    private final JdbcClient jdbc;

    SubmissionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    /** @param projectId the project the submission is filed under (its webhook is told), or null */
    Submission insertSubmission(String owner, String projectId, SubmissionRequest request, long audioId) {
        OffsetDateTime now = now();
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("insert into sub_submissions (owner, project_id, audio_name, audio_id, services, audio_language, "
                        + "speech_language, context, target_language, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(owner, projectId, request.audioName(), audioId, request.type(), request.audioLanguage(),
                        request.speechLanguage(), request.context(), request.targetLanguage(), now)
                .update(id, "id");
        return new Submission(id.getKey().longValue(), owner, request.audioName(), audioId, request.type(),
                request.audioLanguage(), request.speechLanguage(), request.context(), request.targetLanguage(), now);
    }

    long insertTask(Submission submission, long cost, double audioSeconds) {
        OffsetDateTime now = now();
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("insert into sub_tasks (submission_id, owner, type, status, cost, audio_seconds, claims, created_at, "
                        + "updated_at) values (?, ?, ?, 'pending', ?, ?, 0, ?, ?)")
                .params(submission.id(), submission.owner(), submission.services(), cost, audioSeconds, now, now)
                .update(id, "id");
        return id.getKey().longValue();
    }

    void linkJob(long taskId, String jobId) {
        jdbc.sql("update sub_tasks set job_id = ? where id = ?").params(jobId, taskId).update();
    }

    Optional<Submission> submission(long id) {
        return jdbc.sql("select " + SUBMISSION + " from sub_submissions where id = ?").param(id)
                .query(Submission.class).optional();
    }

    /** The project a submission is filed under, or empty for none. */
    Optional<String> projectOf(long submissionId) {
        return jdbc.sql("select project_id from sub_submissions where id = ? and project_id is not null")
                .param(submissionId).query(String.class).optional();
    }

    Optional<SubmissionTask> task(long id) {
        return jdbc.sql("select " + TASK + " from sub_tasks where id = ?").param(id)
                .query(SubmissionTask.class).optional();
    }

    List<SubmissionTask> tasksOf(long submissionId) {
        return jdbc.sql("select " + TASK + " from sub_tasks where submission_id = ? order by id").param(submissionId)
                .query(SubmissionTask.class).list();
    }

    /** Tasks without a job, in a deployment whose built-in workers run them (left by a stop mid-submission). */
    List<SubmissionTask> pendingWithoutJob(OffsetDateTime createdBefore) {
        return jdbc.sql("select " + TASK + " from sub_tasks where status = 'pending' and job_id is null and "
                + "created_at < ? order by id").param(createdBefore).query(SubmissionTask.class).list();
    }

    /** One page of the owner's tasks, newest first, filtered by status and type when given. */
    List<SubmissionTask> page(String owner, String status, String type, int perPage, int page) {
        return jdbc.sql("select " + TASK + " from sub_tasks where owner = :owner" + filters(status, type)
                        + " order by id desc limit :limit offset :offset")
                .param("owner", owner).param("status", status).param("type", type)
                .param("limit", perPage).param("offset", (long) (page - 1) * perPage)
                .query(SubmissionTask.class).list();
    }

    long count(String owner, String status, String type) {
        return jdbc.sql("select count(*) from sub_tasks where owner = :owner" + filters(status, type))
                .param("owner", owner).param("status", status).param("type", type)
                .query(Long.class).single();
    }

    private static String filters(String status, String type) {
        return (status == null ? "" : " and status = :status") + (type == null ? "" : " and type = :type");
    }

    /** Credits held by the owner's unfinished tasks. */
    long heldCredits(String owner) {
        return jdbc.sql("select coalesce(sum(cost), 0) from sub_tasks where owner = ? and status in "
                + "('pending', 'processing')").param(owner).query(Long.class).single();
    }

    /** pending or processing to processing, by the built-in worker; false once the task is finished. */
    boolean startBuiltIn(long taskId) {
        return jdbc.sql("update sub_tasks set status = 'processing', updated_at = ? where id = ? and status in "
                + "('pending', 'processing')").params(now(), taskId).update() == 1;
    }

    /**
     * The oldest pending task (or one whose lease ran out) for {@code worker}, under a lease until {@code until};
     * empty when none is waiting.
     */
    Optional<SubmissionTask> claim(String worker, OffsetDateTime until) {
        for (int tries = 0; tries < 5; tries++) {
            OffsetDateTime now = now();
            Optional<SubmissionTask> next = jdbc.sql("select " + TASK + " from sub_tasks where job_id is null and "
                            + "(status = 'pending' or (status = 'processing' and lease_until < ?)) order by id limit 1")
                    .param(now).query(SubmissionTask.class).optional();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            SubmissionTask task = next.get();
            int claimed = jdbc.sql("update sub_tasks set status = 'processing', lease_holder = ?, lease_until = ?, "
                            + "claims = claims + 1, updated_at = ? where id = ? and claims = ? and status in "
                            + "('pending', 'processing')")
                    .params(worker, until, now, task.id(), task.claims()).update();
            if (claimed == 1) {
                return task(task.id());
            }
        }
        return Optional.empty();
    }

    /** Extends the lease of the worker holding the task; false when it is not (or no longer) that worker's. */
    boolean renew(long taskId, String worker, OffsetDateTime until) {
        return jdbc.sql("update sub_tasks set lease_until = ?, updated_at = ? where id = ? and status = "
                + "'processing' and lease_holder = ?").params(until, now(), taskId, worker).update() == 1;
    }

    /** Gives the task to a worker that reports on it without claiming it first, unless another holds its lease. */
    boolean claimFor(long taskId, String worker, OffsetDateTime until) {
        OffsetDateTime now = now();
        return jdbc.sql("update sub_tasks set status = 'processing', lease_holder = ?, lease_until = ?, "
                        + "claims = claims + 1, updated_at = ? where id = ? and status in ('pending', 'processing') "
                        + "and (lease_holder is null or lease_holder = ? or lease_until < ?)")
                .params(worker, until, now, taskId, worker, now).update() == 1;
    }

    /** Puts tasks whose lease ran out back to pending; returns how many. */
    int expireLeases() {
        return jdbc.sql("update sub_tasks set status = 'pending', lease_holder = null, lease_until = null, "
                + "updated_at = ? where status = 'processing' and job_id is null and lease_until < ?")
                .params(now(), now()).update();
    }

    /**
     * Moves an unfinished task to done or failed with its result, keeping the reporting worker (null for the
     * built-in one) as its lease holder, so that a later report can tell its finisher from a late worker; false if it
     * was already finished.
     */
    boolean finish(long taskId, TaskReport report, String result, String failure) {
        OffsetDateTime now = now();
        return jdbc.sql("update sub_tasks set status = ?, result = ?, result_id = ?, zip = ?, failure = ?, "
                        + "lease_holder = ?, lease_until = null, updated_at = ?, finished_at = ? "
                        + "where id = ? and status in ('pending', 'processing')")
                .params(report.taskStatus(), result, report.resultId(), report.zip(), failure, report.worker(), now,
                        now, taskId).update() == 1;
    }

    /** Records a worker's result on a task that is still running, e.g. a partial payload with processing. */
    void keepResult(long taskId, String result, Long resultId) {
        jdbc.sql("update sub_tasks set result = ?, result_id = coalesce(?, result_id), updated_at = ? where id = ? "
                + "and status in ('pending', 'processing')").params(result, resultId, now(), taskId).update();
    }
}
