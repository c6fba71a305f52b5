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
import java.util.List;
import java.util.Map;

/**
 * What the submissions door tests do again and again over HTTP: uploads, submissions, waiting for a task. Works on
 * a server in this JVM or in another process; the keys come from the caller.
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

    /** The id of the submission of {@code json}, which must be created (201). */
    public long submitted(String key, String json) {
        Reply created = submitJson(key, json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) ((Map<?, ?>) data(created).get("submission")).get("id")).longValue();
    }

    public Reply get(String key, String path) {
        return client.get(path, auth(key));
    }

    public Reply postJson(String key, String path, String json) {
        return client.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), auth(key));
    }

    /** The submission once its task is done or failed. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> finished(String key, long submissionId, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            Reply reply = get(key, "/api/v1/submissions/" + submissionId);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            Map<String, Object> data = data(reply);
            Map<String, Object> task = ((List<Map<String, Object>>) data.get("tasks")).get(0);
            if (task.get("status").equals("done") || task.get("status").equals("failed")) {
                return data;
            }
            assertThat(Instant.now()).as("task of submission " + submissionId + " still " + task.get("status"))
                    .isBefore(deadline);
            sleep(Duration.ofMillis(200));
        }
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
