package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.testing.OnH2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the noise-removal door's tests: a real server on a random port, on its own fresh H2 database and home
 * (so no other test context's job workers run these jobs), with the bootstrap key of {@code my-project}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "earshot.bootstrap.api-key=" + ServerTest.KEY, "earshot.bootstrap.project=" + ServerTest.PROJECT,
        "earshot.jobs.retry-backoff=100ms", "db-scheduler.polling-interval=100ms"})
@OnH2
abstract class EnhanceServerTest {

    static final String KEY = ServerTest.KEY;
    static final Duration WAIT = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    DoorClient client;

    @BeforeEach
    void client() {
        client = new DoorClient(port);
    }

    /** {@code curl -X POST "$URL/upload" -F "file=@<name>" -H "x-api-key: $KEY"}; returns the fileId. */
    String upload(String name, byte[] content) {
        DoorClient.Reply reply = client.post("/v1/upload", new Multipart().file("file", name, content),
                "x-api-key", KEY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return (String) reply.json().get("fileId");
    }

    /** {@code curl -X POST "$URL/remove-noise" -d '<body>' -H "x-api-key: $KEY"}: a form Content-Type, as curl sends. */
    DoorClient.Reply removeNoise(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "x-api-key";
        all[1] = KEY;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return client.post("/v1/remove-noise", "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8), all);
    }

    String submit(String body) {
        DoorClient.Reply reply = removeNoise(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return (String) reply.json().get("jobId");
    }

    Map<String, Object> status(String jobId) {
        DoorClient.Reply reply = client.get("/v1/remove-noise/" + jobId + "/status", "x-api-key", KEY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Polls the status endpoint until the job succeeded or failed. */
    Map<String, Object> awaitFinished(String jobId) {
        return NoiseRemovalPolling.awaitFinished(client, jobId, KEY, WAIT);
    }

    /** The downloaded result of a succeeded job, fetched without a key as {@code curl -O} does. */
    DoorClient.Reply download(Map<String, Object> succeeded) {
        assertThat(succeeded).as(succeeded.toString()).containsEntry("state", "succeeded");
        return client.get("/v1/" + succeeded.get("downloadPath"));
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
