package dev.earshot.server.submissions;

import dev.earshot.server.auth.User;
import dev.earshot.server.auth.Users;
import dev.earshot.server.system.InternalErrors;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The side effects of a finished task, written as rows in the same transaction as the state change and delivered
 * afterwards: {@code mail} (the completion e-mail, for a done task of a user), {@code event} (a
 * {@link TaskFinished} for in-process listeners) and {@code webhook} (a signed {@code task.done} or
 * {@code task.failed} webhook, when the submission's project has a webhook URL; the webhooks feature then sends and
 * retries it). A row is claimed for five minutes before its effect runs and
 * marked delivered after it, so a repeated report or a second node never delivers it again; a node that dies
 * between the effect and the mark leaves the row to be delivered once more after the claim runs out (the only
 * way an e-mail can be sent twice). A failing effect is retried with a growing wait, at most ten times.
 */
@Component
class TaskOutbox {

    static final String MAIL = "mail";
    static final String EVENT = "event";
    static final String WEBHOOK = "webhook";
    private static final Logger log = LoggerFactory.getLogger(TaskOutbox.class);
    private static final int MAX_ATTEMPTS = 10;
    private static final long CLAIM_SECONDS = 300;

    private final JdbcClient jdbc;
    private final SubmissionRecords records;
    private final Users users;
    private final CompletionMail mail;
    private final ApplicationEventPublisher events;
    private final TaskWebhook webhook;
    private final InternalErrors errors;
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "earshot-task-outbox");
        thread.setDaemon(true);
        return thread;
    });

    TaskOutbox(JdbcClient jdbc, SubmissionRecords records, Users users, CompletionMail mail,
               ApplicationEventPublisher events, TaskWebhook webhook, InternalErrors errors) {
        this.webhook = webhook;
        this.jdbc = jdbc;
        this.records = records;
        this.users = users;
        this.mail = mail;
        this.events = events;
        this.errors = errors;
    }

    /** Writes the effects of a task that just finished; call inside the transaction that finished it. */
    void record(SubmissionTask task, boolean done) {
        if (done && task.owner().startsWith("user:")) {
            insert(task.id(), MAIL);
        }
        insert(task.id(), EVENT);
        if (webhook.wanted(task)) {
            insert(task.id(), WEBHOOK);
        }
    }

    private void insert(long taskId, String effect) {
        jdbc.sql("insert into sub_outbox (task_id, effect, attempts, created_at) values (?, ?, 0, ?)")
                .params(taskId, effect, SubmissionRecords.now()).update();
    }

    /** Delivers what is due on a background thread, now rather than at the next sweep. */
    void deliverSoon() {
        try {
            deliveries.submit(this::deliverDue);
        } catch (RejectedExecutionException e) {
            log.debug("outbox delivery left to the next sweep: {}", e.getMessage());
        }
    }

    /** Delivers every row that is due; returns how many were delivered. */
    synchronized int deliverDue() {
        List<OutboxRow> due = jdbc.sql("select id, task_id, effect, attempts from sub_outbox where delivered_at is "
                        + "null and (picked_until is null or picked_until < ?) order by id limit 100")
                .param(SubmissionRecords.now()).query(OutboxRow.class).list();
        int delivered = 0;
        for (OutboxRow row : due) {
            if (claim(row) && deliver(row)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean claim(OutboxRow row) {
        OffsetDateTime now = SubmissionRecords.now();
        return jdbc.sql("update sub_outbox set picked_until = ?, attempts = attempts + 1 where id = ? and "
                        + "delivered_at is null and attempts = ? and (picked_until is null or picked_until < ?)")
                .params(now.plusSeconds(CLAIM_SECONDS), row.id(), row.attempts(), now).update() == 1;
    }

    private boolean deliver(OutboxRow row) {
        try {
            SubmissionTask task = records.task(row.taskId()).orElseThrow();
            Submission submission = records.submission(task.submissionId()).orElseThrow();
            if (row.effect().equals(MAIL)) {
                sendMail(task, submission);
            } else if (row.effect().equals(WEBHOOK)) {
                webhook.queue(task, submission);
            } else {
                events.publishEvent(new TaskFinished(task.id(), submission.id(), task.owner(), task.type(),
                        task.status()));
            }
            jdbc.sql("update sub_outbox set delivered_at = ?, last_error = null where id = ?")
                    .params(SubmissionRecords.now(), row.id()).update();
            return true;
        } catch (RuntimeException e) {
            retryLater(row, e);
            return false;
        }
    }

    private void sendMail(SubmissionTask task, Submission submission) {
        Optional<User> user = users.findById(task.owner().substring("user:".length()));
        if (user.isEmpty()) {
            log.info("no completion e-mail for task {}: its user no longer exists", task.id());
            return;
        }
        mail.send(user.get().email(), submission.audioName(), submission.id(), task.id(), task.type(),
                task.status());
    }

    private void retryLater(OutboxRow row, RuntimeException error) {
        int attempt = row.attempts() + 1;
        String id = errors.record(error);
        boolean giveUp = attempt >= MAX_ATTEMPTS;
        log.warn("the {} of task {} failed (attempt {} of {}, error id {}){}", row.effect(), row.taskId(), attempt,
                MAX_ATTEMPTS, id, giveUp ? "; giving up" : "; will retry");
        OffsetDateTime now = SubmissionRecords.now();
        jdbc.sql("update sub_outbox set picked_until = ?, last_error = ?, delivered_at = ? where id = ?")
                .params(now.plusSeconds(10L * attempt * attempt), error.getMessage(), giveUp ? now : null, row.id())
                .update();
    }

    private record OutboxRow(long id, long taskId, String effect, int attempts) {
    }
}
