package dev.earshot.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.TestAudio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/** Speech files and job polling for the ingestion door's tests (and the reliability suite's). */
public final class IngestFixtures {

    public static final String INGEST = "/v1/audio/ingest";
    /** The committed espeak-ng fixture (16 kHz mono 16-bit, 8.45 s) and words of it that survive MP3 at 16 kHz. */
    static final Path SPEECH = Path.of("..", "engine", "src", "test", "resources", "speech", "us-male-160-16k.wav");
    static final String[] SPEECH_WORDS = {"weather", "nice", "today", "report", "noon", "apple", "market"};
    private static final int WAV_HEADER = 44;

    private IngestFixtures() {
    }

    static byte[] speechWav() {
        try {
            return Files.readAllBytes(SPEECH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Length of the speech fixture, in seconds. */
    static double speechSeconds() {
        return (speechWav().length - WAV_HEADER) / 32_000.0;
    }

    /** The speech fixture {@code times} times over, with a second of silence after each, as one WAV. */
    public static byte[] repeatedSpeech(int times) {
        byte[] wav = speechWav();
        byte[] samples = Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            pcm.writeBytes(samples);
            pcm.writeBytes(new byte[2 * 16_000]);
        }
        return TestAudio.wav(pcm.toByteArray(), 16_000, 1);
    }

    /** Polls {@code GET /v1/jobs/{id}} until {@code until} holds; fails after {@code limit}. */
    public static Map<String, Object> awaitJob(DoorClient client, String jobId, String key,
                                        Predicate<Map<String, Object>> until, Duration limit) {
        Instant end = Instant.now().plus(limit);
        Map<String, Object> job = Map.of();
        while (Instant.now().isBefore(end)) {
            DoorClient.Reply reply = client.get("/v1/jobs/" + jobId, "Authorization", "Bearer " + key);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            job = reply.json();
            if (until.test(job)) {
                return job;
            }
            pause();
        }
        throw new AssertionError("job " + jobId + " did not reach the expected state in " + limit + "; last seen "
                + job);
    }

    /** Polls until the job is completed or failed. */
    public static Map<String, Object> awaitFinished(DoorClient client, String jobId, String key) {
        return awaitJob(client, jobId, key, job -> "completed".equals(job.get("status"))
                || "failed".equals(job.get("status")), Duration.ofMinutes(3));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
