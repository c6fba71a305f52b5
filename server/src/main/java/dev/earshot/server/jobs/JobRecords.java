package dev.earshot.server.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table. Every state change is a conditional update, so two workers can never both win. */
@Repository
class JobRecords {

    private static final String COLUMNS = """
            id, seq, kind, project_id, key_id, state, percent, input, audio_seconds, callback_url, result, failure,
            attempts, created_at, started_at, finished_at, updated_at""";
    private final JdbcClient jdbc;

    JobRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewJob job, JobState state, Instant now) {
        jdbc.sql("""
                insert into jobs (id, kind, project_id, key_id, state, percent, input, audio_seconds, callback_url,
                                  attempts, created_at, updated_at)
                values (?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)""")
                .params(job.id(), job.kind(), job.projectId(), job.keyId(), state.name(), job.input(),
                        job.audioSeconds(), job.callbackUrl(), at(now), at(now))
                .update();
    }

    Optional<Job> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from jobs where id = ?").param(id).query(JobRecords::read).optional();
    }

    /** Jobs in the queue before this one. */
    int queuedBefore(long seq) {
        return jdbc.sql("select count(*) from jobs where state = 'QUEUED' and seq < ?")
                .param(seq).query(Integer.class).single();
    }

    List<Job> inStates(List<JobState> states) {
        return jdbc.sql("select " + COLUMNS + " from jobs where state in (:states) order by seq")
                .param("states", states.stream().map(Enum::name).toList())
                .query(JobRecords::read).list();
    }

    /** Moves DOWNLOADING to QUEUED; false if the job was no longer downloading. */
    boolean queue(String id, Double audioSeconds, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'QUEUED', audio_seconds = coalesce(?, audio_seconds), updated_at = ?
                where id = ? and state = 'DOWNLOADING'""")
                .params(audioSeconds, at(now), id).update() == 1;
    }

    /** Claims the job for a new attempt; false when it is already finished. */
    boolean start(String id, int attempt, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'RUNNING', attempts = ?, percent = 0, started_at = ?, updated_at = ?
                where id = ? and state in ('QUEUED', 'RUNNING') and attempts = ?""")
                .params(attempt, at(now), at(now), id, attempt - 1).update() == 1;
    }

    void progress(String id, int attempt, int percent, Instant now) {
        jdbc.sql("""
                update jobs set percent = ?, updated_at = ?
                where id = ? and state = 'RUNNING' and attempts = ? and percent < ?""")
                .params(percent, at(now), id, attempt, percent).update();
    }

    /** Writes the result of the attempt that still owns the job; false if another attempt or a cancel won. */
    boolean succeed(String id, int attempt, String result, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'SUCCEEDED', percent = 100, result = ?, failure = null, finished_at = ?,
                                updated_at = ?
                where id = ? and state = 'RUNNING' and attempts = ?""")
                .params(result, at(now), at(now), id, attempt).update() == 1;
    }

    boolean fail(String id, String reason, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'FAILED', failure = ?, finished_at = ?, updated_at = ?
                where id = ? and state in ('DOWNLOADING', 'QUEUED', 'RUNNING')""")
                .params(reason, at(now), at(now), id).update() == 1;
    }

    /** Puts a running attempt back in the queue after a transient error. */
    boolean requeue(String id, int attempt, String reason, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'QUEUED', percent = 0, failure = ?, updated_at = ?
                where id = ? and state = 'RUNNING' and attempts = ?""")
                .params(reason, at(now), id, attempt).update() == 1;
    }

    boolean cancel(String id, Instant now) {
        return jdbc.sql("""
                update jobs set state = 'CANCELLED', finished_at = ?, updated_at = ?
                where id = ? and state in ('DOWNLOADING', 'QUEUED', 'RUNNING')""")
                .params(at(now), at(now), id).update() == 1;
    }

    List<String> finishedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select id from jobs where finished_at < ? order by finished_at fetch first " + limit
                        + " rows only")
                .param(at(cutoff)).query(String.class).list();
    }

    void delete(String id) {
        jdbc.sql("delete from jobs where id = ?").param(id).update();
    }

    /** Seconds of work per second of audio over the latest successful jobs of a kind, or empty if none. */
    Optional<Double> secondsPerAudioSecond(String kind) {
        List<double[]> rows = jdbc.sql("""
                select audio_seconds, started_at, finished_at from jobs
                where kind = ? and state = 'SUCCEEDED' and audio_seconds > 0 and started_at is not null
                order by finished_at desc fetch first 20 rows only""")
                .param(kind)
                .query((rs, n) -> new double[] {rs.getDouble(1),
                        (instant(rs, "finished_at").toEpochMilli() - instant(rs, "started_at").toEpochMilli())
                                / 1000.0})
                .list();
        double audio = rows.stream().mapToDouble(r -> r[0]).sum();
        double work = rows.stream().mapToDouble(r -> r[1]).sum();
        return audio > 0 ? Optional.of(work / audio) : Optional.empty();
    }

    /** Total audio seconds of queued and running jobs before this one. */
    double audioSecondsBefore(long seq) {
        return jdbc.sql("""
                select coalesce(sum(audio_seconds), 0) from jobs where state in ('QUEUED', 'RUNNING') and seq < ?""")
                .param(seq).query(Double.class).single();
    }

    private static Job read(ResultSet rs, int n) throws SQLException {
        double audio = rs.getDouble("audio_seconds");
        Double audioSeconds = rs.wasNull() ? null : audio;
        return new Job(rs.getString("id"), rs.getLong("seq"), rs.getString("kind"), rs.getString("project_id"),
                rs.getString("key_id"), JobState.valueOf(rs.getString("state")), rs.getInt("percent"),
                rs.getString("input"), audioSeconds, rs.getString("callback_url"), rs.getString("result"),
                rs.getString("failure"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
