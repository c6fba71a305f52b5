package dev.earshot.server.submissions;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-way state machine of a task: pending → processing → done | failed, with pending → done | failed too.
 * Nothing leaves done or failed: the same terminal report again, from the worker that finished the task (or on a
 * task the built-in worker finished), changes nothing; any other is a 409, a late worker's result too. Reaching done
 * debits the owner's credits and writes the outbox rows (e-mail, event) in the same transaction as the state
 * change, so each side effect happens once however often the report is repeated, even across a crash.
 */
@Service
class TaskResults {

    private final SubmissionRecords records;
    private final Credits credits;
    private final TaskOutbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final SubmissionsSettings settings;

    TaskResults(SubmissionRecords records, Credits credits, TaskOutbox outbox, TransactionTemplate transactions,
                JsonMapper json, SubmissionsSettings settings) {
        this.records = records;
        this.credits = credits;
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
        this.settings = settings;
    }

    /** Applies the report and returns the task as it is afterwards; throws a 409 for a report that conflicts. */
    SubmissionTask report(SubmissionTask task, TaskReport report) {
        String target = report.taskStatus();
        if (task.finished()) {
            return repeatOrConflict(task, report);
        }
        if (report.worker() != null && heldByAnother(task, report.worker())) {
            throw SubmissionsException.conflict("Task " + task.id() + " is leased by another worker.");
        }
        boolean changed = switch (target) {
            case SubmissionTask.DONE, SubmissionTask.FAILED -> finish(task, report);
            case SubmissionTask.PROCESSING -> processing(task, report);
            default -> pending(task);
        };
        SubmissionTask now = records.task(task.id()).orElseThrow();
        if (changed && now.finished()) {
            outbox.deliverSoon();
        }
        return changed || !now.finished() ? now : repeatOrConflict(now, report);
    }

    private SubmissionTask repeatOrConflict(SubmissionTask task, TaskReport report) {
        if (task.status().equals(report.taskStatus()) && finishedBy(task, report.worker())) {
            return task;
        }
        throw SubmissionsException.conflict("Task " + task.id() + " is already " + task.status() + ".");
    }

    /** Whether {@code worker} finished the task; a task the built-in worker finished has no finisher to match. */
    private static boolean finishedBy(SubmissionTask task, String worker) {
        return task.leaseHolder() == null || task.leaseHolder().equals(worker);
    }

    private static boolean heldByAnother(SubmissionTask task, String worker) {
        return task.leaseHolder() != null && !task.leaseHolder().equals(worker) && task.leaseUntil() != null
                && task.leaseUntil().isAfter(SubmissionRecords.now());
    }

    private boolean finish(SubmissionTask task, TaskReport report) {
        String result = resultJson(report);
        String failure = report.taskStatus().equals(SubmissionTask.FAILED) ? failureOf(report) : null;
        Boolean finished = transactions.execute(status -> {
            if (!records.finish(task.id(), report, result, failure)) {
                return false;
            }
            boolean done = report.taskStatus().equals(SubmissionTask.DONE);
            if (done && task.cost() > 0 && task.owner().startsWith("user:")) {
                credits.debitOnce(task.owner(), task.id(), task.cost(), "task " + task.id() + " (" + task.type()
                        + ")");
            }
            outbox.record(task, done);
            return true;
        });
        return Boolean.TRUE.equals(finished);
    }

    private boolean processing(SubmissionTask task, TaskReport report) {
        if (report.worker() != null && task.jobId() == null) {
            OffsetDateTime until = SubmissionRecords.now().plus(settings.lease());
            if (!records.renew(task.id(), report.worker(), until)) {
                records.claimFor(task.id(), report.worker(), until);
            }
        } else {
            records.startBuiltIn(task.id());
        }
        if (report.result() != null || report.resultId() != null) {
            records.keepResult(task.id(), resultJson(report), report.resultId());
        }
        return true;
    }

    private boolean pending(SubmissionTask task) {
        if (task.status().equals(SubmissionTask.PROCESSING)) {
            throw SubmissionsException.conflict("Task " + task.id() + " is already processing.");
        }
        return true;
    }

    private String resultJson(TaskReport report) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", report.status());
        result.put("payload", report.result() == null ? Map.of() : report.result());
        return json.writeValueAsString(result);
    }

    private static String failureOf(TaskReport report) {
        if (report.result() instanceof Map<?, ?> payload && payload.get("error") instanceof String error) {
            return error;
        }
        return "the worker reported failed";
    }
}
