package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the submissions door tests do again and again over HTTP: uploads, submissions, claims and reports, waiting for
 * a task. Works on a server in this JVM or in another process; the keys come from the caller.
 */
public final class SubmissionsClient {

    private final DoorClient client;

    public SubmissionsClient(DoorClient client) {
        this.client = client;
    }

    static String[] auth(String key) {
        return new String[] {"Authorization", "Bearer " + key, "Accept", "application/json"};
    }

    public long upload(String key, String fileName, byte[] audio) {
        Reply reply = client.post("/api/v1/audios", new Multipart().file("audio", fileName, audio), auth(key));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return ((Number) data(reply).get("id")).longValue();
    }

    public Reply submitJson(String key, String json) {
        return client.post("/api/v1/submissions", "application/json", json.getBytes(StandardCharsets.UTF_8),
                auth(key));
    }

    public Reply get(String key, String path) {
        return client.get(path, auth(key));
    }

    public Reply postJson(String key, String path, String json) {
        return client.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), auth(key));
    }

    /** The id of the submission of {@code json}, which must be created (201). */
    public long submitted(String key, String json) {
        Reply created = submitJson(key, json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(data(created).get("submission"));
    }

    /** The ids of a new submission of the audio and of its task, after checking the 201. */
    Submitted submit(String key, String name, long audioId, String... services) {
        String list = Arrays.stream(services).map(service -> "\"" + service + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        Reply reply = submitJson(key, "{\"audio_name\": \"%s\", \"audio_id\": %d, \"services\": %s}"
                .formatted(name, audioId, list));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Submitted(id(data(reply).get("submission")), id(data(reply).get("task")));
    }

    /** A submission and its one task. */
    record Submitted(long submissionId, long taskId) {
    }

    /** {@code POST /api/v1/tasks/claim} with the worker's key. */
    Reply claim(String workerKey) {
        return client.post("/api/v1/tasks/claim", null, new byte[0], auth(workerKey));
    }

    /** A worker's JSON report on the task. */
    Reply report(String workerKey, long taskId, String json) {
        return postJson(workerKey, "/api/v1/tasks/" + taskId + "/results", json);
    }

    /** The first task of the submission, as its owner sees it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> task(String key, long submissionId) {
        Reply reply = get(key, "/api/v1/submissions/" + submissionId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) data(reply).get("tasks")).get(0);
    }

    /** The submission once its task is done or failed. */
    public Map<String, Object> finished(String key, long submissionId, Duration within) {
        eventually(within, "task of submission " + submissionId + " done or failed",
                () -> List.of("done", "failed").contains(task(key, submissionId).get("status")));
        return data(get(key, "/api/v1/submissions/" + submissionId));
    }

    /** Waits until {@code condition} holds, checking every 200 ms; fails after {@code within}. */
    static void eventually(Duration within, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still not " + what + " after " + within).isBefore(deadline);
            sleep(Duration.ofMillis(200));
        }
    }

    static long id(Object view) {
        return ((Number) ((Map<?, ?>) view).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Reply reply) {
        return (Map<String, Object>) reply.json().get("data");
    }

    static byte[] resource(String path) {
        try (InputStream in = SubmissionsClient.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the test classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
