package dev.earshot.server.natives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.enhance.NoisyAudio;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.testing.TestHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server whose Vosk model cannot be extracted (its cache folder would lie under a regular file): Vosk is DOWN with
 * the reason, FFmpeg and the Silero VAD work. Requests that transcribe are answered 503 by their door; the ones that
 * need only FFmpeg or the VAD run. Its scheduler stays idle, so the pipeline door's synchronous answers are all
 * that is tested.
 */
class VoskDownTest extends ServerTest {

    private static final Path BLOCKER = TestHome.create().resolve("not-a-folder");
    private final byte[] wav = NoisyAudio.wav(1);

    @DynamicPropertySource
    static void brokenModelCache(DynamicPropertyRegistry registry) {
        registry.add("earshot.natives.self-check", () -> "true");
        registry.add("earshot.jobs.execute", () -> "false");
        registry.add("earshot.speech.model-cache", () -> blocker().resolve("models").toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthNamesVoskDownWithTheFolderThatCannotBeMade() {
        Reply health = client.get("/actuator/health");
        Map<String, Object> components = (Map<String, Object>) health.json().get("components");

        assertThat(health.status()).isEqualTo(503);
        assertThat(components.get("ffmpeg")).isEqualTo(Map.of("status", "UP"));
        assertThat(components.get("sileroVad")).isEqualTo(Map.of("status", "UP"));
        assertThat((Map<String, Object>) components.get("vosk")).containsEntry("status", "DOWN")
                .hasEntrySatisfying("description", reason -> assertThat((String) reason)
                        .startsWith("Vosk does not work: cannot extract the Vosk model").contains(BLOCKER.toString()));
    }

    @Test
    void thePipelineDoorRefusesTranscriptionButRunsWhatNeedsOnlyFfmpegOrTheVad() {
        Reply transcribe = pipeline("transcribe");

        assertThat(transcribe.status()).as(transcribe.toString()).isEqualTo(503);
        assertThat((String) transcribe.json().get("detail")).startsWith("not available on this server: Vosk does not "
                + "work: cannot extract the Vosk model");
        assertThat(pipeline("speech_duration_measurement").status()).isEqualTo(200);
        assertThat(pipeline("noise_reduce").status()).isEqualTo(200);
    }

    @Test
    void theIngestionDoorRefusesUploadsTheirTranscriptCannotBeMadeFor() {
        Reply ingest = client.post(IngestFixtures.INGEST, new Multipart().file("file", "call.wav", wav)
                .field("pipeline", "transcription"), "X-Api-Key", KEY);

        assertThat(ingest.status()).as(ingest.toString()).isEqualTo(503);
        assertThat(ingest.json().get("error")).isEqualTo(Map.of("code", "service_unavailable",
                "message", "not available on this server: " + voskReason()));
    }

    @Test
    void theNoiseRemovalDoorNeedsNoVosk() {
        Reply upload = client.post("/v1/upload", new Multipart().file("file", "noisy.wav", wav), "x-api-key", KEY);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
    }

    private Reply pipeline(String componentId) {
        return client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"" + componentId + "\",\"params\":{}}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "noisy.wav", wav), "X-API-Key", KEY);
    }

    @SuppressWarnings("unchecked")
    private String voskReason() {
        Map<String, Object> components = (Map<String, Object>) client.get("/actuator/health").json().get("components");
        return (String) ((Map<String, Object>) components.get("vosk")).get("description");
    }

    private static Path blocker() {
        try {
            return Files.exists(BLOCKER) ? BLOCKER : Files.writeString(BLOCKER, "folders cannot be made in a file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
