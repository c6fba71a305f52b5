package dev.earshot.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.earshot.server.enhance.NoiseRemovalPolling;
import dev.earshot.server.enhance.NoisyAudio;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The request log names every request but never holds what grants access: download paths, signatures, keys. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends ServerTest {

    private static final String PASTED_KEY = "esk_abcd1234_" + "Z".repeat(43);

    @Test
    @SuppressWarnings("unchecked")
    void theRequestLogHoldsNoCapabilityPathSignatureOrKey(CapturedOutput output) {
        String downloadPath = finishedNoiseRemoval();
        String download = downloadPath.substring(downloadPath.lastIndexOf('/') + 1);
        Reply pipeline = client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0)), "X-API-Key", KEY);
        String signedLink = (String) ((Map<String, Object>) pipeline.json().get("result")).get("final_output_url");
        String signature = signedLink.substring(signedLink.indexOf("sig=") + "sig=".length());

        assertThat(client.get("/v1/" + downloadPath).status()).isEqualTo(200);
        assertThat(client.get(signedLink).status()).isEqualTo(200);
        client.get("/v1/jobs/" + PASTED_KEY, "X-Api-Key", KEY);

        await().atMost(Duration.ofSeconds(10)).until(() -> requestLines(output).stream()
                .anyMatch(line -> line.contains("path=/v1/jobs/esk_abcd1234_[redacted] ")));
        List<String> lines = requestLines(output);
        assertThat(lines).anyMatch(line -> line.contains("method=GET path=/v1/dl/[redacted] status=200"))
                .anyMatch(line -> line.contains("method=GET path=/blobs/") && line.contains("status=200"));
        assertThat(output.getAll()).doesNotContain(download, signature, "sig=", PASTED_KEY, KEY);
    }

    private String finishedNoiseRemoval() {
        Reply upload = client.post("/v1/upload", new Multipart().file("file", "a.wav", NoisyAudio.wav(1)),
                "x-api-key", KEY);
        Reply job = client.post("/v1/remove-noise", "application/json",
                ("{\"fileId\": \"" + upload.json().get("fileId") + "\"}").getBytes(), "x-api-key", KEY);
        Map<String, Object> status = NoiseRemovalPolling.awaitFinished(client, (String) job.json().get("jobId"), KEY,
                Duration.ofMinutes(2));
        assertThat(status).as(status.toString()).containsEntry("state", "succeeded");
        return (String) status.get("downloadPath");
    }

    private static List<String> requestLines(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.contains("earshot.requests")).toList();
    }
}
