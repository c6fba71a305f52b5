package dev.earshot.server.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook_messages and webhook_deliveries tables. */
@Repository
class WebhookRecords {

    private static final String MESSAGE_COLUMNS =
            "id, job_id, project_id, url, event_type, body, state, attempts, created_at, finished_at";
    private final JdbcClient jdbc;

    WebhookRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new pending message; false if the job already has one. */
    boolean insert(WebhookMessage message) {
        try {
            jdbc.sql("insert into webhook_messages (" + MESSAGE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, 0, ?, null)")
                    .params(message.id(), message.jobId(), message.projectId(), message.url(), message.eventType(),
                            message.body(), MessageState.PENDING.name(), at(message.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Finished jobs with a callback URL but no message: their node died between finishing and announcing. */
    List<String> unannouncedJobs(Instant finishedAfter, Instant finishedBefore) {
        return jdbc.sql("""
                select j.id from jobs j
                where j.callback_url is not null and j.finished_at > ? and j.finished_at < ?
                  and not exists (select 1 from webhook_messages m where m.job_id = j.id)
                order by j.finished_at fetch first 100 rows only""")
                .params(at(finishedAfter), at(finishedBefore)).query(String.class).list();
    }

    Optional<WebhookMessage> find(String id) {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from webhook_messages where id = ?")
                .param(id).query(WebhookRecords::readMessage).optional();
    }

    Optional<WebhookMessage> findByJob(String jobId) {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from webhook_messages where job_id = ?")
                .param(jobId).query(WebhookRecords::readMessage).optional();
    }

    /** Counts a new attempt of a pending message and returns its number; empty when it is no longer pending. */
    OptionalInt startAttempt(String id) {
        int updated = jdbc.sql("update webhook_messages set attempts = attempts + 1 where id = ? and state = ?")
                .params(id, MessageState.PENDING.name()).update();
        return updated == 1 ? OptionalInt.of(find(id).orElseThrow().attempts()) : OptionalInt.empty();
    }

    void finish(String id, MessageState state, Instant now) {
        jdbc.sql("update webhook_messages set state = ?, finished_at = ? where id = ? and state = ?")
                .params(state.name(), at(now), id, MessageState.PENDING.name()).update();
    }

    void record(WebhookDelivery delivery) {
        jdbc.sql("""
                insert into webhook_deliveries (message_id, job_id, url, attempt, status_code, error, duration_ms,
                                                created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(delivery.messageId(), delivery.jobId(), delivery.url(), delivery.attempt(),
                        delivery.statusCode(), delivery.error(), delivery.durationMs(), at(delivery.createdAt()))
                .update();
    }

    List<WebhookDelivery> deliveries(String messageId) {
        return jdbc.sql("""
                select message_id, job_id, url, attempt, status_code, error, duration_ms, created_at
                from webhook_deliveries where message_id = ? order by attempt, id""")
                .param(messageId).query(WebhookRecords::readDelivery).list();
    }

    /** Deletes delivery records and finished messages older than the cutoff; returns the messages deleted. */
    int deleteBefore(Instant cutoff) {
        jdbc.sql("delete from webhook_deliveries where created_at < ?").param(at(cutoff)).update();
        return jdbc.sql("delete from webhook_messages where finished_at < ?").param(at(cutoff)).update();
    }

    private static WebhookMessage readMessage(ResultSet rs, int n) throws SQLException {
        return new WebhookMessage(rs.getString("id"), rs.getString("job_id"), rs.getString("project_id"),
                rs.getString("url"), rs.getString("event_type"), rs.getString("body"),
                MessageState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "finished_at"));
    }

    private static WebhookDelivery readDelivery(ResultSet rs, int n) throws SQLException {
        int status = rs.getInt("status_code");
        Integer statusCode = rs.wasNull() ? null : status;
        return new WebhookDelivery(rs.getString("message_id"), rs.getString("job_id"), rs.getString("url"),
                rs.getInt("attempt"), statusCode, rs.getString("error"), rs.getLong("duration_ms"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** How this package writes {@code timestamp with time zone}, the same on H2 and PostgreSQL. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
