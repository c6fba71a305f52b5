package dev.earshot.server.submissions;

import static dev.earshot.server.submissions.SubmissionsClient.data;
import static dev.earshot.server.submissions.SubmissionsClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.submissions.SubmissionsClient.Submitted;
import dev.earshot.server.support.DoorClient.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/tasks/claim} against a real server with external workers under a 2 s lease: a claim gives the
 * task with a signed link that downloads its audio; a lease that runs out puts the task back to pending for the next
 * worker, and the first worker's late reports are 409s that leave the second worker's result in place; with nothing
 * pending a claim is 204.
 */
class TaskLeaseTest extends ExternalWorkersServerTest {

    private static final String BY_B = "{\"status\": \"completed\", \"result\": {\"summary\": \"by B\"}}";
    private static final String BY_A = "{\"status\": \"completed\", \"result\": {\"summary\": \"by A\"}}";

    @Test
    void aClaimGivesTheOldestPendingTaskWithASignedLinkThatDownloadsItsAudio() {
        String user = userKey("claim");
        long audioId = door.upload(user, "board.wav", AUDIO);
        Submitted oldest = door.submit(user, "Board meeting", audioId, "Transcribe", "Summarize");
        door.submit(user, "Later meeting", audioId, "Transcribe");

        Reply claimed = door.claim(workerKey());

        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        Map<String, Object> task = data(claimed);
        assertThat(task).containsEntry("task_id", (int) oldest.taskId())
                .containsEntry("submission_id", (int) oldest.submissionId())
                .containsEntry("type", "Transcribe&Summarize").containsEntry("status", "processing")
                .containsEntry("audio_name", "Board meeting")
                .containsEntry("services", List.of("Transcribe", "Summarize"))
                .containsEntry("audio_duration", 2.0);
        assertThat((String) task.get("lease_expires_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(client.get((String) task.get("audio_url")).body()).isEqualTo(AUDIO);
        assertThat(door.task(user, oldest.submissionId())).containsEntry("status", "processing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaseThatRunsOutGoesToTheNextWorkerAndTheFirstWorkersLateReportsAre409() {
        String user = userKey("lease");
        Submitted submitted = door.submit(user, "Slow worker", door.upload(user, "a.wav", AUDIO),
                "Transcribe");
        String workerA = workerKey();
        String workerB = workerKey();
        assertThat(data(door.claim(workerA))).containsEntry("task_id", (int) submitted.taskId());

        eventually(Duration.ofSeconds(10), "back to pending",
                () -> door.task(user, submitted.submissionId()).get("status").equals("pending"));
        assertThat(data(door.claim(workerB))).containsEntry("task_id", (int) submitted.taskId());
        assertConflict(door.report(workerA, submitted.taskId(), BY_A), submitted, "is leased by another worker.");
        assertThat(door.report(workerB, submitted.taskId(), BY_B).status()).isEqualTo(200);

        assertConflict(door.report(workerA, submitted.taskId(), BY_A), submitted, "is already done.");
        assertConflict(door.report(workerA, submitted.taskId(), "{\"status\": \"failed\"}"), submitted,
                "is already done.");
        Map<String, Object> task = door.task(user, submitted.submissionId());
        assertThat(task).containsEntry("status", "done");
        assertThat((Map<String, Object>) task.get("result")).containsEntry("payload", Map.of("summary", "by B"));
        assertThat(door.report(workerB, submitted.taskId(), BY_B).status()).isEqualTo(200);
        assertThat(door.claim(workerA).status()).isEqualTo(204);
    }

    @Test
    void aClaimWithNothingPendingIs204WithAnEmptyBody() {
        Reply none = door.claim(workerKey());

        assertThat(none.status()).as(none.toString()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void aClaimByAKeyWithoutTheWorkerScopeIs403AndTakesNothing() {
        String user = userKey("no-worker");
        Submitted submitted = door.submit(user, "Waiting", door.upload(user, "a.wav", AUDIO),
                "Transcribe");

        Reply refused = door.claim(user);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(Map.of("message", "This action is unauthorized."));
        assertThat(door.task(user, submitted.submissionId())).containsEntry("status", "pending");
    }

    private static void assertConflict(Reply reply, Submitted submitted, String end) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json()).isEqualTo(Map.of("message", "Task " + submitted.taskId() + " " + end));
    }
}
