package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.enhance.NoiseRemovalPolling;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.testing.OnH2;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the reliability suite: a real server on a random port with every door, on its own fresh H2 database and
 * home (so no other context's job workers touch its jobs and its files can be counted exactly), the bootstrap key
 * of {@code my-project}, no ingestion rate limit in the way, and quick job retries (a subclass's
 * {@code @TestPropertySource} overrides these). After each test the jobs it
 * queued are waited for (a transcription running at JVM exit would crash ONNX Runtime's shutdown hook).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "earshot.bootstrap.api-key=" + ServerTest.KEY, "earshot.bootstrap.project=" + ServerTest.PROJECT,
        "earshot.ingest.rate-limit-per-minute=100000", "earshot.ingest.decode-timeout=60s",
        "earshot.enhance.decode-timeout=60s", "earshot.jobs.retry-backoff=100ms",
        "db-scheduler.polling-interval=100ms"})
@OnH2
abstract class ReliabilityServerTest {

    static final String KEY = ServerTest.KEY;
    static final String PROJECT = ServerTest.PROJECT;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Projects projects;
    @Autowired
    ServletContext servletContext;
    @Value("${earshot.home}")
    Path home;

    DoorClient client;

    @BeforeEach
    void client() {
        client = new DoorClient(port);
    }

    @AfterEach
    void awaitIdleJobs() throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(end) && unfinishedJobs() > 0) {
            Thread.sleep(100);
        }
    }

    long unfinishedJobs() {
        return jdbc.sql("select count(*) from jobs where state in ('DOWNLOADING', 'QUEUED', 'RUNNING')")
                .query(Long.class).single();
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /**
     * Every row a request may write and every blob it may store, as one comparable text. Blobs that jobs write
     * ({@code jobs/<id>/attempt-<n>/}) are left out: jobs accepted earlier may still be writing them.
     */
    String footprint() {
        long stored = Leftovers.blobs(home).stream()
                .filter(blob -> !home.resolve("blobs").relativize(blob).toString().matches("jobs/[^/]+/attempt-.*"))
                .count();
        return "jobs=" + rows("jobs") + " tasks=" + rows("tasks") + " datasets=" + rows("datasets")
                + " file_records=" + rows("file_records") + " enhance_uploads=" + rows("enhance_uploads")
                + " enhance_downloads=" + rows("enhance_downloads") + " blobs=" + stored;
    }

    /** Files of requests or writes that should be gone: work folders, blob temp files, the servlet's upload parts. */
    List<Path> scratchFiles() {
        return Leftovers.scratch(home, ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath());
    }

    String healthStatus() {
        DoorClient.Reply health = client.get("/actuator/health");
        return health.status() + " " + health.text();
    }

    Project otherProject() {
        return projects.create("other-" + UUID.randomUUID().toString().substring(0, 8));
    }

    Project myProject() {
        return projects.findByName(PROJECT).orElseThrow();
    }

    String key(Set<String> scopes, Project project) {
        return apiKeys.create("reliability-" + UUID.randomUUID(), null, scopes, List.of(project.id())).plainKey();
    }

    /** Polls a noise-removal job's status until it succeeded or failed. */
    Map<String, Object> awaitNoiseRemoval(String jobId, String key) {
        return NoiseRemovalPolling.awaitFinished(client, jobId, key, Duration.ofMinutes(3));
    }
}
