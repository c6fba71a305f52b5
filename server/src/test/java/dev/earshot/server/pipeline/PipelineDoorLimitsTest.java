package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.limits.AdmissionControl;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Size limit (413) and admission control (429) with a small file limit and one pipeline at a time. */
@TestPropertySource(properties = {
    "audio-engine.max-file-size-bytes=2000000",
    "audio-engine.max-in-flight=1",
    "audio-engine.semaphore-wait-timeout=0"
})
class PipelineDoorLimitsTest extends ServerTest {

    @Autowired
    AdmissionControl admission;

    Multipart form(String components, byte[] file) {
        return new Multipart().field("components", components).field("user_email", "user@example.com")
                .field("project_name", PROJECT).file("files", "in.wav", file);
    }

    @Test
    void aFileOverTheSizeLimitIs413AndLeavesNothingBehind() {
        String before = footprint();
        Reply reply = client.post(PipelineDoorTest.PATH,
                form("[{\"component_id\":\"noise_reduce\"}]", TestAudio.toneWav(70, 16_000, 1, 0)), "X-API-Key", KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat((String) reply.json().get("detail")).contains("2000000");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aSecondPipelineWhileOneRunsIs429WithRetryAfter() throws Exception {
        String slow = "[" + String.join(",", Collections.nCopies(12, "{\"component_id\":\"noise_reduce\"}")) + "]";
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> client.post(PipelineDoorTest.PATH,
                form(slow, TestAudio.toneWav(60, 16_000, 1, 1)), "X-API-Key", KEY));
        long deadline = System.currentTimeMillis() + 20_000;
        while (admission.inFlight() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertThat(admission.inFlight()).isEqualTo(1);

        Reply second = client.post(PipelineDoorTest.PATH,
                form("[{\"component_id\":\"audio_duration_check\"}]", TestAudio.toneWav(1, 16_000, 1, 0)),
                "X-API-Key", KEY);

        assertThat(second.status()).as(second.toString()).isEqualTo(429);
        assertThat(second.header("Retry-After")).isEqualTo("1");
        assertThat(first.get().status()).as(first.get().toString()).isEqualTo(200);
        assertThat(admission.inFlight()).isZero();
    }
}
