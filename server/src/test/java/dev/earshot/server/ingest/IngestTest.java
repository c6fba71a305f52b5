package dev.earshot.server.ingest;

import dev.earshot.server.support.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
        Path root = HOME.resolve("blobs").resolve("jobs");
        try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            long inputs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().equals("input")).count();
            return "jobs=" + jobs + " stored uploads=" + inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
