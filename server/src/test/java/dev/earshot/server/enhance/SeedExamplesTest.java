package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's curl examples, unchanged but for host and key: upload, remove-noise, status, download. */
class SeedExamplesTest extends EnhanceServerTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path dir;

    @Test
    void uploadThenRemoveNoiseByFileIdThenStatusThenDownloadGivesCleanedAudio() {
        byte[] noisy = NoisyAudio.wav(6);
        DoorClient.Reply uploaded = client.post("/v1/upload", new Multipart().file("file", "myaudio.wav", noisy),
                "x-api-key", KEY);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json()).containsOnlyKeys("fileId");
        String fileId = (String) uploaded.json().get("fileId");
        assertThat(fileId).matches(UUID);

        DoorClient.Reply submitted = removeNoise("{\"fileId\": \"" + fileId + "\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json()).containsOnlyKeys("jobId");
        String jobId = (String) submitted.json().get("jobId");
        assertThat(jobId).matches(UUID);

        Map<String, Object> status = awaitFinished(jobId);
        assertThat(status).containsOnlyKeys("state", "downloadPath").containsEntry("state", "succeeded");
        assertThat((String) status.get("downloadPath")).matches("dl/artifacts/clean/enhanced_" + UUID + "\\.wav");

        DoorClient.Reply file = client.get("/v1/" + status.get("downloadPath"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(file.header("Content-Disposition")).startsWith("attachment")
                .contains(((String) status.get("downloadPath")).substring("dl/artifacts/clean/".length()));
        PcmFile before = NoisyAudio.decode(noisy, "in.wav", dir);
        PcmFile after = NoisyAudio.decode(file.body(), "out.wav", dir);
        assertThat(after.durationSeconds()).isCloseTo(6.0, within(0.01));
        assertThat(NoisyAudio.rms(after, 0.05, 0.45)).as("noise-only half")
                .isLessThan(NoisyAudio.rms(before, 0.05, 0.45) / 4);
        assertThat(NoisyAudio.rms(after, 0.55, 0.95)).as("tone half")
                .isCloseTo(NoisyAudio.rms(before, 0.55, 0.95), within(0.03));
    }

    @Test
    void inputExtOverridesTheExtensionAnUploadIsKnownByAndSoTheDefaultOutput() {
        DoorClient.Reply uploaded = client.post("/v1/upload?inputExt=flac",
                new Multipart().file("file", "take.bin", NoisyAudio.wav(2)), "x-api-key", KEY);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

        Map<String, Object> status = awaitFinished(submit("{\"input\": \"" + uploaded.json().get("fileId") + "\"}"));

        assertThat((String) status.get("downloadPath")).endsWith(".flac");
        DoorClient.Reply file = download(status);
        assertThat(file.header("Content-Type")).isEqualTo("audio/flac");
        assertThat(NoisyAudio.decode(file.body(), "out.flac", dir).durationSeconds()).isCloseTo(2.0, within(0.01));
    }

    @Test
    void outputExtensionChoosesTheFormatOfTheResult() {
        String fileId = upload("myaudio.wav", NoisyAudio.wav(3));

        Map<String, Object> status = awaitFinished(submit("{\"input\": \"" + fileId
                + "\", \"outputExtension\": \"mp3\"}"));

        assertThat((String) status.get("downloadPath")).endsWith(".mp3");
        DoorClient.Reply file = download(status);
        assertThat(file.header("Content-Type")).isEqualTo("audio/mpeg");
        assertThat(NoisyAudio.decode(file.body(), "out.mp3", dir).durationSeconds()).isCloseTo(3.0, within(0.1));
    }

    @Test
    void theDownloadAnswersRangeRequestsWithTheRequestedBytes() {
        Map<String, Object> status = awaitFinished(submit("{\"fileId\": \"" + upload("a.wav", NoisyAudio.wav(1))
                + "\"}"));
        byte[] whole = download(status).body();

        DoorClient.Reply part = client.get("/v1/" + status.get("downloadPath"), "Range", "bytes=10-109");

        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 10-109/" + whole.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 10, 110));
    }
}
