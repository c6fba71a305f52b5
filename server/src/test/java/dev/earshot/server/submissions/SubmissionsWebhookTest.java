package dev.earshot.server.submissions;

import static dev.earshot.server.submissions.SubmissionsClient.data;
import static dev.earshot.server.webhooks.StandardWebhookVerifier.verifies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.webhooks.ProjectWebhooks;
import dev.earshot.server.webhooks.WebhookReceiver;
import dev.earshot.server.webhooks.WebhookReceiver.Request;
import dev.earshot.server.webhooks.WebhookSecrets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * "The user is notified" by a signed webhook when the submission's project has a webhook URL: one
 * {@code task.done} message per finished task, signed with the project's secret, and none for a project without one.
 * (The server shares FailingPutLogTest's context, whose outbound policy lets a webhook reach http://127.0.0.1.)
 */
@TestPropertySource(properties = {"earshot.outbound.allow-http=true", "earshot.outbound.allowed-hosts=127.0.0.1",
        "earshot.jobs.max-attempts=2"})
class SubmissionsWebhookTest extends SubmissionsServerTest {

    private static final Duration TASK_TIME = Duration.ofSeconds(120);

    @Autowired
    ProjectWebhooks projectWebhooks;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    JsonMapper json;

    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFinishedTaskOfAProjectWithAWebhookUrlIsOneSignedTaskDoneMessage() throws Exception {
        Project project = projects.create("told-" + UUID.randomUUID().toString().substring(0, 8));
        projectWebhooks.set(project.id(), receiver.url("/hooks/tasks"));
        String key = keyIn(project.name(), UUID.randomUUID() + "@example.com", 100, Scopes.AUDIO_WRITE,
                Scopes.AUDIO_READ);
        long audio = door.upload(key, "call.wav", SubmissionsDoorTest.SPEECH);

        Reply created = door.submitJson(key, "{\"audio_id\": " + audio + ", \"audio_name\": \"Q3 call\", \"services\": [\"Transcribe\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> submission = (Map<String, Object>) data(created).get("submission");
        long submissionId = ((Number) submission.get("id")).longValue();
        Map<String, Object> finished = door.finished(key, submissionId, TASK_TIME);
        Map<String, Object> task = ((List<Map<String, Object>>) finished.get("tasks")).get(0);
        assertThat(task.get("status")).isEqualTo("done");

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.requests("/hooks/tasks").isEmpty());
        Thread.sleep(3000);
        List<Request> received = receiver.requests("/hooks/tasks");
        assertThat(received).as("one message, however often the outbox sweeps").hasSize(1);
        Request message = received.get(0);
        assertThat(verifies(secrets.current(project.id()).value(), message.header("webhook-id"),
                message.header("webhook-timestamp"), message.header("webhook-signature"), message.body())).isTrue();
        Map<String, Object> body = json.readValue(message.body(), Map.class);
        assertThat(body).containsEntry("type", "task.done").containsKey("timestamp");
        assertThat((Map<String, Object>) body.get("data")).containsEntry("task_id", task.get("id"))
                .containsEntry("submission_id", (int) submissionId).containsEntry("type", "Transcribe")
                .containsEntry("status", "done").containsEntry("audio_name", "Q3 call");
    }

    @Test
    void aProjectWithoutAWebhookUrlIsToldNothing() {
        String key = key(UUID.randomUUID() + "@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audio = door.upload(key, "call.wav", SubmissionsDoorTest.SPEECH);
        long before = jdbc.sql("select count(*) from webhook_messages").query(Long.class).single();

        Reply created = door.submitJson(key, "{\"audio_id\": " + audio + ", \"audio_name\": \"Q3 call\", \"services\": [\"Transcribe\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        long submissionId = ((Number) ((Map<String, Object>) data(created).get("submission")).get("id")).longValue();
        door.finished(key, submissionId, TASK_TIME);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "select count(*) from sub_outbox o join sub_tasks t on t.id = o.task_id where t.submission_id = ? "
                        + "and o.delivered_at is null").param(submissionId).query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from webhook_messages").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from sub_outbox o join sub_tasks t on t.id = o.task_id where "
                + "t.submission_id = ? and o.effect = 'webhook'").param(submissionId).query(Long.class).single())
                .isZero();
    }
}
