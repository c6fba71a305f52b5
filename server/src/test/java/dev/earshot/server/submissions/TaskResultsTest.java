package dev.earshot.server.submissions;

import static dev.earshot.server.submissions.SubmissionsClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.submissions.SubmissionsClient.Submitted;
import dev.earshot.server.support.DoorClient.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/tasks/{task}/results} against a real server with external workers and a real SMTP server: a
 * completed report posted twice finishes the task once (one debit, one outbox pair, one e-mail), a conflicting one
 * afterwards is a 409, and Laravel's 403, 404 and 422 come in its order and words, changing nothing.
 */
class TaskResultsTest extends ExternalWorkersServerTest {

    private static final String COMPLETED = "{\"status\": \"completed\", \"result\": {\"summary\": \"All fine.\", "
            + "\"chunks\": [{\"start\": 0, \"end\": 2, \"text\": \"All fine.\"}]}}";

    @Test
    @SuppressWarnings("unchecked")
    void aCompletedReportPostedTwiceIsDoneOnceWithOneDebitAndOneEmailNamingTheSubmission() {
        String email = uniqueEmail("once");
        String user = key(email, 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        Submitted submitted = door.submit(user, "Weekly standup", door.upload(user, "standup.wav", AUDIO),
                "Transcribe", "Summarize");
        String worker = workerKey();
        Reply claimed = door.claim(worker);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(SubmissionsClient.data(claimed)).containsEntry("task_id", (int) submitted.taskId());

        Reply first = door.report(worker, submitted.taskId(), COMPLETED);
        Map<String, Object> afterFirst = taskRow(submitted.taskId());
        Reply second = door.report(worker, submitted.taskId(), COMPLETED);

        Map<String, Object> done = Map.of("data", Map.of("task_id", (int) submitted.taskId(), "status", "done"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json()).isEqualTo(done);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(done);
        assertThat(taskRow(submitted.taskId())).isEqualTo(afterFirst).containsEntry("status", "done");
        Map<String, Object> task = door.task(user, submitted.submissionId());
        assertThat(task).containsEntry("status", "done").containsEntry("progress", 100);
        assertThat((Map<String, Object>) task.get("result")).containsEntry("from", "completed")
                .containsEntry("payload", Map.of("summary", "All fine.",
                        "chunks", List.of(Map.of("start", 0, "end", 2, "text", "All fine."))));
        assertThat(debits(submitted.taskId())).containsExactly(-2L);
        assertThat(credits.balance(ownerOf(email))).isEqualTo(98);
        assertThat(jdbc.sql("select effect from sub_outbox where task_id = ? order by id").param(submitted.taskId())
                .query(String.class).list()).containsExactly(TaskOutbox.MAIL, TaskOutbox.EVENT);
        assertMailedOnce(email).contains("Weekly standup").contains("Task " + submitted.taskId());
    }

    @Test
    void aConflictingReportAfterDoneIs409AndChangesNothing() {
        String user = userKey("conflict");
        Submitted submitted = door.submit(user, "Done once", door.upload(user, "a.wav", AUDIO), "Transcribe");
        String worker = workerKey();
        assertThat(door.report(worker, submitted.taskId(), COMPLETED).status()).isEqualTo(200);
        Map<String, Object> done = taskRow(submitted.taskId());

        for (String status : List.of("failed", "processing", "pending")) {
            Reply conflict = door.report(worker, submitted.taskId(), "{\"status\": \"" + status + "\"}");

            assertThat(conflict.status()).as(status + ": " + conflict).isEqualTo(409);
            assertThat(conflict.json()).isEqualTo(Map.of("message",
                    "Task " + submitted.taskId() + " is already done."));
        }
        assertThat(taskRow(submitted.taskId())).isEqualTo(done);
        assertThat(debits(submitted.taskId())).hasSize(1);
    }

    @Test
    void aKeyWithoutTheWorkerScopeIs403AndTheTaskStaysPending() {
        String user = userKey("owner");
        Submitted submitted = door.submit(user, "Not yours to finish", door.upload(user, "a.wav", AUDIO),
                "Transcribe");
        Map<String, Object> pending = taskRow(submitted.taskId());

        for (String body : List.of(COMPLETED, "{}")) {
            Reply refused = door.report(user, submitted.taskId(), body);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(Map.of("message", "This action is unauthorized."));
        }
        assertThat(taskRow(submitted.taskId())).isEqualTo(pending).containsEntry("status", "pending");
    }

    @Test
    void aMissingTaskIs404InLaravelsWordsBeforeTheBodyIsChecked() {
        String worker = workerKey();

        for (String id : List.of("987654321", "abc")) {
            Reply missing = door.postJson(worker, "/api/v1/tasks/" + id + "/results", "{}");

            assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
            assertThat(missing.json()).isEqualTo(Map.of("message", "No query results for model [App\\Models\\Task] "
                    + id));
        }
    }

    @Test
    void badReportsAre422InLaravelsWordsAndChangeNothing() {
        String user = userKey("rules");
        Submitted submitted = door.submit(user, "Checked", door.upload(user, "a.wav", AUDIO), "Transcribe");
        String worker = workerKey();
        Map<String, Object> pending = taskRow(submitted.taskId());

        assertInvalid(worker, submitted, "{}", "status", "The status field is required.");
        assertInvalid(worker, submitted, "{\"status\": \"done\"}", "status", "The selected status is invalid.");
        assertInvalid(worker, submitted, "{\"status\": 3}", "status", "The selected status is invalid.");
        assertInvalid(worker, submitted, "{\"status\": \"completed\", \"result\": \"all fine\"}", "result",
                "The result field must be an array.");
        assertInvalid(worker, submitted, "{\"status\": \"completed\", \"result_id\": \"r-7\"}", "result_id",
                "The result id field must be an integer.");
        assertInvalid(worker, submitted, "{\"status\": \"completed\", \"zip\": [\"a\"]}", "zip",
                "The zip field must be a string.");
        assertInvalid(worker, submitted, "{\"status\": \"completed\", \"zip\": \"results/none.zip\"}", "zip",
                "The selected zip is invalid.");
        Reply outside = door.report(worker, submitted.taskId(), "{\"status\": \"completed\", \"zip\": "
                + "\"../../etc/passwd\"}");
        assertThat(outside.status()).as(outside.toString()).isEqualTo(422);
        assertThat((String) outside.json().get("message"))
                .startsWith("The zip field must be a path inside Earshot's store");
        Reply several = door.report(worker, submitted.taskId(), "{\"result\": 5, \"result_id\": 1.5}");
        assertThat(several.status()).isEqualTo(422);
        assertThat(several.json()).isEqualTo(Map.of("message", "The status field is required. (and 2 more errors)",
                "errors", Map.of("status", List.of("The status field is required."),
                        "result", List.of("The result field must be an array."),
                        "result_id", List.of("The result id field must be an integer."))));
        assertThat(taskRow(submitted.taskId())).isEqualTo(pending);
    }

    private List<Long> debits(long taskId) {
        return jdbc.sql("select amount from credit_entries where task_id = ?").param(taskId).query(Long.class).list();
    }

    /** The text of the one e-mail to {@code email}, once it came and no second one followed within 5 s. */
    private static AbstractStringAssert<?> assertMailedOnce(String email) {
        eventually(Duration.ofSeconds(15), "mailed to " + email, () -> !mailsTo(email).isEmpty());
        SubmissionsClient.sleep(Duration.ofSeconds(5));
        return assertThat(mailsTo(email)).singleElement().asString();
    }

    private void assertInvalid(String worker, Submitted submitted, String body, String field, String message) {
        Reply reply = door.report(worker, submitted.taskId(), body);

        assertThat(reply.status()).as(body + ": " + reply).isEqualTo(422);
        assertThat(reply.json()).as(body).isEqualTo(Map.of("message", message, "errors",
                Map.of(field, List.of(message))));
    }
}
