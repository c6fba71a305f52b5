package dev.earshot.server.ingest;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the ingestion door's tests: one shared server whose rate limit is out of the way (its own test sets a
 * small one) and whose outbound policy lets a webhook point at 127.0.0.1. After each test the jobs it queued are
 * waited for: ONNX Runtime frees its native environment in a JVM shutdown hook, so a transcription still running
 * when the test JVM exits would crash it.
 */
@TestPropertySource(properties = {"earshot.ingest.rate-limit-per-minute=100000",
        "earshot.outbound.allowed-hosts=127.0.0.1"})
abstract class IngestTest extends ServerTest {

    @AfterEach
    void awaitIdleJobs() throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(end) && jdbc.sql("select count(*) from jobs where state in ('QUEUED', 'RUNNING')")
                .query(Long.class).single() > 0) {
            Thread.sleep(100);
        }
    }

    /** Job rows and stored uploads: what an accepted upload writes and a refused one must not. */
    String ingestFootprint() {
        long jobs = jdbc.sql("select count(*) from jobs").query(Long.class).single();
        Path root = home.resolve("blobs").resolve("jobs");
        try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            long inputs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().equals("input")).count();
            return "jobs=" + jobs + " stored uploads=" + inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits the speech fixture for {@code pipeline} and waits until the job completed. */
    String completedJob(String pipeline) {
        String id = submit(new Multipart().file("file", "speech.wav", IngestFixtures.speechWav())
                .field("pipeline", pipeline));
        assertThat(IngestFixtures.awaitFinished(client, id, KEY).get("status")).isEqualTo("completed");
        return id;
    }

    /** Submits {@code form}, which must be accepted. */
    String submit(Multipart form) {
        DoorClient.Reply reply = client.post(INGEST, form, "Authorization", "Bearer " + KEY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return (String) reply.json().get("job_id");
    }

    @SuppressWarnings("unchecked")
    /** The reply is the door's error body with {@code status}, {@code code} and a message containing {@code message}. */
    static void assertError(DoorClient.Reply reply, int status, String code, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        Map<String, Object> error = (Map<String, Object>) reply.json().get("error");
        assertThat(error).containsEntry("code", code);
        assertThat((String) error.get("message")).contains(message);
    }
}
