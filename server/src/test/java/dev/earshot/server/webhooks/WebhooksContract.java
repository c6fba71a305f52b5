package dev.earshot.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.Priority;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobState;
import dev.earshot.server.jobs.NewJob;
import dev.earshot.server.webhooks.WebhookReceiver.Answer;
import dev.earshot.server.webhooks.WebhookReceiver.Request;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks of finished jobs, delivered to a real HTTP server on 127.0.0.1 through the job engine and db-scheduler
 * on a real database: one subclass per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "earshot.webhooks.retry-delays=100ms", "earshot.webhooks.max-attempts=3", "earshot.webhooks.timeout=1s",
        "earshot.outbound.allow-http=true", "earshot.outbound.allowed-hosts=127.0.0.1,localhost",
        "db-scheduler.polling-interval=100ms"})
@Import(WebhooksContract.Beans.class)
abstract class WebhooksContract {

    static final String DOOR_KIND = "door-kind";
    static final String PLAIN_KIND = "plain-kind";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static WebhookReceiver receiver;

    @Autowired
    JobQueue queue;
    @Autowired
    WebhookRecords records;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    JobWebhooks webhooks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MissedAnnouncements missed;
    @Autowired
    JsonMapper json;

    @TestConfiguration
    static class Beans {
        @Bean
        OutcomeWork doorWork() {
            return new OutcomeWork(DOOR_KIND);
        }

        @Bean
        OutcomeWork plainWork() {
            return new OutcomeWork(PLAIN_KIND);
        }

        @Bean
        DoorEventBody doorEventBody() {
            return new DoorEventBody(DOOR_KIND);
        }
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aFinishedJobIsPostedOnceWithTheDoorsBodyAndAStandardWebhooksSignature() {
        String path = path();
        String project = project();
        Job job = submit(DOOR_KIND, "ok", project, receiver.url(path, Answer.of(204)) + "?token=secret-value");

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        Request request = receiver.requests(path).get(0);
        assertThat(receiver.requests(path)).hasSize(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.query()).isEqualTo("token=secret-value");
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("user-agent")).isEqualTo("Earshot-Webhooks/1");
        assertThat(request.header("webhook-id")).isEqualTo(message.id()).matches("msg_[0-9a-f]{32}");
        assertThat(Long.parseLong(request.header("webhook-timestamp")))
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond());
        assertVerifies(project, request);

        Job finished = queue.find(job.id()).orElseThrow();
        Map<String, Object> body = body(request);
        assertThat(new String(request.body())).startsWith("{\"type\":\"door.job.completed\",\"timestamp\":");
        assertThat(body).containsEntry("type", "door.job.completed")
                .containsEntry("timestamp", finished.finishedAt().toString())
                .containsEntry("data", Map.of("job_id", job.id(), "door_result", "{\"words\":3}"));

        assertThat(records.deliveries(message.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.attempt()).isEqualTo(1);
            assertThat(delivery.statusCode()).isEqualTo(204);
            assertThat(delivery.error()).isNull();
            assertThat(delivery.jobId()).isEqualTo(job.id());
            assertThat(delivery.url()).isEqualTo(receiver.url(path)).doesNotContain("secret-value");
            assertThat(delivery.durationMs()).isNotNegative();
        });
        assertThat(executions(message.id())).isZero();
    }

    @Test
    void aReceiverThatAnswers500FirstGetsTheSameMessageAgainAndTheSecondAttemptDelivers() {
        String path = path();
        String project = project();
        Job job = submit(DOOR_KIND, "ok", project, receiver.url(path, Answer.of(500), Answer.of(200)));

        WebhookMessage message = awaitFinished(job.id());

        List<Request> requests = receiver.requests(path);
        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(message.attempts()).isEqualTo(2);
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(message.id());
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        requests.forEach(request -> assertVerifies(project, request));
        assertThat(records.deliveries(message.id())).extracting(WebhookDelivery::attempt, WebhookDelivery::statusCode)
                .containsExactly(tuple(1, 500), tuple(2, 200));
    }

    @Test
    void aUrlTheOutboundPolicyRefusesIsRecordedOnceAndNeverRetried() throws InterruptedException {
        Job job = submit(DOOR_KIND, "ok", project(), "https://10.1.2.3/hooks?sig=abc");

        WebhookMessage message = awaitFinished(job.id());
        Thread.sleep(500);

        assertThat(message.state()).isEqualTo(MessageState.REFUSED);
        assertThat(records.deliveries(message.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.statusCode()).isNull();
            assertThat(delivery.error()).contains("refused by the outbound URL policy").contains("10.1.2.3")
                    .contains("private");
            assertThat(delivery.url()).isEqualTo("https://10.1.2.3/hooks");
        });
        assertThat(executions(message.id())).isZero();
    }

    @Test
    void aHostThatDoesNotResolveIsTriedAgainLikeANetworkError() {
        Job job = submit(DOOR_KIND, "ok", project(), "https://no-such-host.invalid/hooks");

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.FAILED);
        assertThat(records.deliveries(message.id())).hasSize(3).allSatisfy(delivery -> {
            assertThat(delivery.statusCode()).isNull();
            assertThat(delivery.error()).contains("could not be resolved");
        });
    }

    @Test
    void aReceiverThatKeepsFailingGetsMaxAttemptsThenTheMessageFails() {
        String path = path();
        Job job = submit(DOOR_KIND, "ok", project(), receiver.url(path, Answer.of(503)));

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.FAILED);
        assertThat(receiver.requests(path)).hasSize(3);
        assertThat(records.deliveries(message.id())).extracting(WebhookDelivery::statusCode)
                .containsExactly(503, 503, 503);
        assertThat(executions(message.id())).isZero();
    }

    @Test
    void a410GoneStopsDeliveryWithoutRetries() {
        String path = path();
        Job job = submit(DOOR_KIND, "ok", project(), receiver.url(path, Answer.of(410)));

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.FAILED);
        assertThat(records.deliveries(message.id())).extracting(WebhookDelivery::statusCode).containsExactly(410);
    }

    @Test
    void redirectsAreNotFollowedAndCountAsFailedAttempts() {
        String path = path();
        Job job = submit(DOOR_KIND, "ok", project(), receiver.url(path, Answer.of(307), Answer.of(200)));

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(records.deliveries(message.id())).extracting(WebhookDelivery::statusCode).containsExactly(307, 200);
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsRecordedAsATimeoutAndTriedAgain() {
        String path = path();
        Job job = submit(DOOR_KIND, "ok", project(), receiver.url(path, new Answer(200, 2500), Answer.of(200)));

        WebhookMessage message = awaitFinished(job.id());

        List<WebhookDelivery> deliveries = records.deliveries(message.id());
        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(0).statusCode()).isNull();
        assertThat(deliveries.get(0).error()).containsIgnoringCase("timed out");
        assertThat(deliveries.get(0).durationMs()).isBetween(900L, 2400L);
        assertThat(deliveries.get(1).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedJobOfAKindWithoutEventBodyGetsTheGenericBody() {
        String path = path();
        Job job = submit(PLAIN_KIND, "fail", project(), receiver.url(path, Answer.of(200)));

        awaitFinished(job.id());

        Job failed = queue.find(job.id()).orElseThrow();
        Map<String, Object> body = body(receiver.requests(path).get(0));
        assertThat(body).containsEntry("type", "job.failed").containsEntry("timestamp", failed.finishedAt().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertThat(data).containsEntry("id", job.id()).containsEntry("kind", PLAIN_KIND)
                .containsEntry("state", "failed").containsEntry("failure", "the input is not audio")
                .containsEntry("created_at", failed.createdAt().toString())
                .containsEntry("started_at", failed.startedAt().toString())
                .containsEntry("finished_at", failed.finishedAt().toString());
    }

    @Test
    void theDeliveryStaysAnExecutionInScheduledTasksUntilItIsDone() {
        String path = path();
        Job job = submit(DOOR_KIND, "ok", project(), receiver.url(path, Answer.of(500), new Answer(200, 700)));
        await().atMost(WAIT).until(() -> receiver.requests(path).size() == 2);
        WebhookMessage inFlight = records.findByJob(job.id()).orElseThrow();

        assertThat(inFlight.state()).isEqualTo(MessageState.PENDING);
        assertThat(inFlight.attempts()).isEqualTo(2);
        assertThat(executions(inFlight.id())).as("the execution a restarted node would pick up").isEqualTo(1);
        assertThat(jdbc.sql("select priority from scheduled_tasks where task_instance = ?").param(inFlight.id())
                .query(Integer.class).single()).as("ahead of queued jobs").isEqualTo(Priority.HIGH);

        WebhookMessage message = awaitFinished(job.id());

        assertThat(message.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(executions(message.id())).isZero();
    }

    @Test
    void duringARotationBothTheNewAndThePreviousSecretSign() {
        String path = path();
        String project = project();
        WebhookSecret previous = secrets.current(project);
        WebhookSecret current = secrets.rotate(project);
        Job job = submit(DOOR_KIND, "ok", project, receiver.url(path, Answer.of(200)));

        awaitFinished(job.id());

        Request request = receiver.requests(path).get(0);
        String[] signatures = request.header("webhook-signature").split(" ");
        assertThat(current).isNotEqualTo(previous);
        assertThat(signatures).hasSize(2);
        assertThat(verifies(current, request, signatures[0])).isTrue();
        assertThat(verifies(previous, request, signatures[1])).isTrue();
        assertThat(secrets.previousSignsUntil(project)).get().isNotNull();
        assertThat(secrets.current(project)).isEqualTo(current);
    }

    @Test
    void aJobWithoutCallbackUrlSendsNothing() {
        Job job = queue.submit(new NewJob(jobId(), DOOR_KIND, project(), null, "ok", 1.0, null, false));

        await().atMost(WAIT).until(() -> queue.find(job.id()).orElseThrow().state().isTerminal());

        assertThat(records.findByJob(job.id())).isEmpty();
    }

    @Test
    void aJobAnnouncedTwiceIsStillOneMessageAndACancelledJobGetsItsOwnType() {
        String path = path();
        Instant now = Instant.now();
        Job cancelled = new Job(jobId(), 1, PLAIN_KIND, project(), null, JobState.CANCELLED, 10, "ok", null,
                receiver.url(path, Answer.of(200)), null, null, 1, now, now, now, now);

        webhooks.finished(cancelled);
        webhooks.finished(cancelled);
        WebhookMessage message = awaitFinished(cancelled.id());

        assertThat(message.eventType()).isEqualTo("job.cancelled");
        assertThat(receiver.requests(path)).hasSize(1);
    }

    @Test
    void aFinishedJobWhoseNodeDiedBeforeAnnouncingItIsAnnouncedByTheCatchUp() {
        String path = path();
        String id = jobId();
        Instant finished = Instant.now().minus(Duration.ofMinutes(2));
        jdbc.sql("""
                insert into jobs (id, kind, project_id, state, percent, input, callback_url, attempts, created_at,
                                  finished_at, updated_at)
                values (?, ?, ?, 'SUCCEEDED', 100, 'ok', ?, 1, ?, ?, ?)""")
                .params(id, PLAIN_KIND, project(), receiver.url(path, Answer.of(200)), at(finished), at(finished),
                        at(finished))
                .update();

        assertThat(missed.announce()).isGreaterThanOrEqualTo(1);
        WebhookMessage message = awaitFinished(id);

        assertThat(message.eventType()).isEqualTo("job.succeeded");
        assertThat(receiver.requests(path)).hasSize(1);
        assertThat(missed.announce()).isZero();
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private void assertVerifies(String project, Request request) {
        assertThat(verifies(secrets.current(project), request, request.header("webhook-signature")))
                .as("signature of %s", request.header("webhook-id")).isTrue();
    }

    private static boolean verifies(WebhookSecret secret, Request request, String signatures) {
        return StandardWebhookVerifier.verifies(secret.value(), request.header("webhook-id"),
                request.header("webhook-timestamp"), signatures, request.body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(Request request) {
        return json.readValue(request.body(), Map.class);
    }

    private long executions(String messageId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(WebhookOutbox.DELIVERY_TASK, messageId).query(Long.class).single();
    }

    private WebhookMessage awaitFinished(String jobId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> records.findByJob(jobId)
                .map(m -> m.state() != MessageState.PENDING).orElse(false));
        return records.findByJob(jobId).orElseThrow();
    }

    private Job submit(String kind, String input, String project, String callbackUrl) {
        return queue.submit(new NewJob(jobId(), kind, project, null, input, 1.0, callbackUrl, false));
    }

    private static String jobId() {
        return "job_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String project() {
        return "project-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }
}
