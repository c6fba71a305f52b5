package dev.earshot.server.support;

import dev.earshot.server.testing.OnH2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of door tests: a real server on a random port, on H2 and files under a temporary home of its own (one per
 * Spring context, so job workers of a context with other settings never take this context's jobs), with a known
 * bootstrap key for the project {@code my-project} and the submissions door's rate limit out of the way.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "earshot.submissions.rate-limit-per-minute=" + ServerTest.SUBMISSIONS_RATE_LIMIT)
public abstract class ServerTest {

    /**
     * The submissions door's requests per minute in door tests, out of the way of tests that poll a task; the
     * door's own 60 is tested by a class that sets it back.
     */
    public static final int SUBMISSIONS_RATE_LIMIT = 100_000;

    public static final String KEY = "door-test-key-0123456789abcdef";
    public static final String PROJECT = "my-project";

    /** This context's home: its H2 database and blobs. */
    @Value("${earshot.home}")
    protected Path home;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected DoorClient client;

    @DynamicPropertySource
    static void serverProperties(DynamicPropertyRegistry registry) {
        registry.add("earshot.bootstrap.api-key", () -> KEY);
        registry.add("earshot.bootstrap.project", () -> PROJECT);
    }

    @BeforeEach
    void client() {
        client = new DoorClient(port);
    }

    /** Rows in the tables a request may write, and blobs on disk, as one comparable string. */
    protected String footprint() {
        long tasks = count("tasks");
        long datasets = count("datasets");
        long files = count("file_records");
        return "tasks=" + tasks + " datasets=" + datasets + " files=" + files + " blobs=" + blobCount();
    }

    /** Stored blobs, leaving out temp files of writes in flight (a job of another test may be storing). */
    private long blobCount() {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> blobs = Files.exists(home.resolve("blobs"))
                    ? Files.walk(home.resolve("blobs")).filter(Files::isRegularFile) : Stream.empty()) {
                return blobs.filter(p -> !p.getFileName().toString().contains("~")).count();
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot count blobs", e);
                }
            }
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
