package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.submissions.Credits;
import dev.earshot.server.submissions.SubmissionsClient;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.ServerProcess;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The submission of the crash scenario of {@link JobCrashRecoveryIT}: a user created with a key and credits through
 * the packaged CLI before the server starts (the first command bootstraps the database), submits a long audio for Transcribe and Summarize; after the crash and the restart its
 * task is done exactly once: its job succeeded on its second attempt, the user was debited once (one
 * {@code credit_entries} row, the balance {@code GET /api/v1/user} shows) and each outbox row was delivered once.
 */
final class CrashSubmission {

    private static final String USER = "crash@example.com";
    private static final long GRANT = 100;
    private static final List<String> SERVICES = List.of("Transcribe", "Summarize");

    private final String key;
    private long submissionId;
    private long cost;

    private CrashSubmission(String key) {
        this.key = key;
    }

    /**
     * Bootstraps the database in {@code home} with {@code bootstrapKey}, then creates a user (not an administrator:
     * those are not charged), a key of theirs and their credits, by commands of the packaged jar.
     */
    static CrashSubmission prepare(Path home, String bootstrapKey) throws Exception {
        run(home, List.of("-Dearshot.bootstrap.api-key=" + bootstrapKey), "users", "create", USER);
        String created = run(home, List.of(), "keys", "create", "--user", USER, "--project", "default",
                "--create-project", "--scopes", "audio:write,audio:read", "--name", "crash");
        String[] lines = created.strip().split("\\R");
        run(home, List.of(), "credits", "grant", USER, String.valueOf(GRANT));
        return new CrashSubmission(lines[lines.length - 1].strip());
    }

    private static String run(Path home, List<String> jvmOptions, String... arguments) throws Exception {
        ServerProcess.Command command = ServerProcess.command(jvmOptions, home, arguments);
        assertThat(command.status()).as(command.output()).isZero();
        return command.output();
    }

    /** Uploads {@code audio} and submits it; the task is acknowledged (201). */
    void submit(DoorClient client, byte[] audio) {
        SubmissionsClient door = new SubmissionsClient(client);
        long audioId = door.upload(key, "long-call.wav", audio);
        Map<String, Object> uploaded = SubmissionsClient.data(door.get(key, "/api/v1/audios/" + audioId));
        cost = Credits.cost(((Number) uploaded.get("duration")).doubleValue(), SERVICES.size());
        submissionId = door.submitted(key, """
                {"audio_name": "long call", "audio_id": %d, "services": ["%s"]}"""
                .formatted(audioId, String.join("\", \"", SERVICES)));
    }

    /** Waits until the built-in worker has taken the task. */
    void awaitProcessing(DoorClient client) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(2));
        String status = "";
        while (Instant.now().isBefore(end)) {
            status = (String) task(SubmissionsClient.data(new SubmissionsClient(client).get(key,
                    "/api/v1/submissions/" + submissionId))).get("status");
            if (status.equals("processing")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the submission's task never started; last seen " + status);
    }

    /** After the restart: the task ends done with a summary, and the balance shows the one debit. */
    void awaitDone(DoorClient client) {
        SubmissionsClient door = new SubmissionsClient(client);
        Map<String, Object> done = task(door.finished(key, submissionId, Duration.ofMinutes(4)));
        assertThat(done).as(done.toString()).containsEntry("status", "done");
        assertThat((String) ((Map<?, ?>) ((Map<?, ?>) done.get("result")).get("payload")).get("summary"))
                .isNotBlank();
        assertThat(SubmissionsClient.data(door.get(key, "/api/v1/user"))).containsEntry("credits",
                (int) (GRANT - cost));
    }

    /** The job of the task, which the assertions on the door jobs leave out. */
    String jobId(HomeDatabase db) throws SQLException {
        return (String) taskRow(db).get("job_id");
    }

    /**
     * One done task that cost the documented rate for its audio and services, its job SUCCEEDED on attempt 2, one
     * debit of that cost, each outbox row delivered once.
     */
    void assertCompletedOnce(HomeDatabase db) throws SQLException {
        Map<String, Object> task = taskRow(db);
        assertThat(task).containsEntry("status", "done").containsEntry("cost", cost);
        Map<String, Object> job = only(db.rows("select state, attempts from jobs where id = '" + task.get("job_id")
                + "'"));
        assertThat(job).as("the task's job").containsEntry("state", "SUCCEEDED").containsEntry("attempts", 2);
        Map<String, Object> debit = only(db.rows("select owner, amount from credit_entries where task_id = "
                + task.get("id")));
        assertThat(debit).containsEntry("amount", -cost);
        assertThat((String) debit.get("owner")).startsWith("user:");
        assertThat(db.rows("select effect, attempts, delivered_at from sub_outbox where task_id = " + task.get("id")
                + " order by effect")).as("outbox rows of the task").hasSize(2).allSatisfy(row -> {
                    assertThat(row.get("attempts")).as(row.toString()).isEqualTo(1);
                    assertThat(row.get("delivered_at")).as(row.toString()).isNotNull();
                }).extracting(row -> row.get("effect")).containsExactly("event", "mail");
    }

    private Map<String, Object> taskRow(HomeDatabase db) throws SQLException {
        return only(db.rows("select id, status, job_id, cost from sub_tasks where submission_id = "
                + submissionId));
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> task(Map<String, Object> submission) {
        return ((List<Map<String, Object>>) submission.get("tasks")).get(0);
    }
}
