package dev.earshot.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/**
 * The packaged server is killed with SIGKILL while it transcribes an ingested file, then started again on the
 * same data folder: the job is picked up by db-scheduler once the dead execution's heartbeats are missed and
 * completes exactly once.
 */
class JobCrashRecoveryIT {

    private static final String KEY = "crash-test-key-0123456789abcdef";
    private static final String[] SETTINGS = {"--earshot.bootstrap.api-key=" + KEY,
            "--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4",
            "--db-scheduler.polling-interval=500ms"};

    @Test
    void aJobKilledMidwayCompletesExactlyOnceAfterARestart() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), "crash-"
                + System.nanoTime()));
        Path log = home.resolve("server.log");
        byte[] speech = repeatedSpeech(20);
        String jobId;
        try (ServerProcess first = ServerProcess.start(home, log, SETTINGS)) {
            DoorClient client = new DoorClient(first.port());
            DoorClient.Reply accepted = client.post("/v1/audio/ingest", new Multipart()
                    .file("file", "call.wav", speech)
                    .field("pipeline", "transcription"), "Authorization", "Bearer " + KEY);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
            jobId = (String) accepted.json().get("job_id");

            awaitJob(client, jobId, job -> "processing".equals(job.get("status"))
                    && ((Number) job.get("progress_percent")).intValue() >= 5, Duration.ofMinutes(2));
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(home, log, SETTINGS)) {
            DoorClient client = new DoorClient(second.port());
            Map<String, Object> done = awaitJob(client, jobId, job -> "completed".equals(job.get("status"))
                    || "failed".equals(job.get("status")), Duration.ofMinutes(4));
            assertThat(done.get("status")).as(done.toString()).isEqualTo("completed");
            String text = client.get("/v1/jobs/" + jobId + "/transcript?format=txt", "X-Api-Key", KEY).text();
            assertThat(text.toLowerCase()).contains("weather", "report");
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/earshot")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             ResultSet row = db.createStatement().executeQuery(
                     "select state, attempts, result, (select count(*) from jobs) as n from jobs where id = '"
                             + jobId + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("state")).isEqualTo("SUCCEEDED");
            assertThat(row.getInt("attempts")).isEqualTo(2);
            assertThat(row.getString("result")).contains("attempt-2").doesNotContain("attempt-1");
            assertThat(row.getLong("n")).isEqualTo(1);
        }
    }

    private static Map<String, Object> awaitJob(DoorClient client, String jobId, Predicate<Map<String, Object>> until,
                                                Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        Map<String, Object> job = Map.of();
        while (Instant.now().isBefore(end)) {
            DoorClient.Reply reply = client.get("/v1/jobs/" + jobId, "X-Api-Key", KEY);
            if (reply.status() == 200) {
                job = reply.json();
                if (until.test(job)) {
                    return job;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not reach the expected state; last seen " + job);
    }

    /** The committed speech fixture repeated {@code times} times, as one 16-bit WAV. */
    private static byte[] repeatedSpeech(int times) throws Exception {
        File fixture = Path.of("..", "engine", "src", "test", "resources", "speech", "us-male-160-16k.wav").toFile();
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        AudioInputStream one = AudioSystem.getAudioInputStream(fixture);
        byte[] samples = one.readAllBytes();
        byte[] pause = new byte[(int) one.getFormat().getFrameRate() * one.getFormat().getFrameSize()];
        for (int i = 0; i < times; i++) {
            pcm.write(samples);
            pcm.write(pause);
        }
        byte[] all = pcm.toByteArray();
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        try (AudioInputStream stream = new AudioInputStream(new java.io.ByteArrayInputStream(all), one.getFormat(),
                all.length / one.getFormat().getFrameSize())) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, wav);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return wav.toByteArray();
    }
}
