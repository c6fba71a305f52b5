package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.limits.AdmissionControl;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A pipeline longer than AUDIO_ENGINE_REQUEST_TIMEOUT is answered 504 and its worker gives its place back. */
@TestPropertySource(properties = "audio-engine.request-timeout=0.5")
class PipelineDoorTimeoutTest extends ServerTest {

    @Autowired
    AdmissionControl admission;

    @Test
    void aPipelinePastTheRequestTimeoutIs504() throws Exception {
        String slow = "[" + String.join(",", Collections.nCopies(20, "{\"component_id\":\"noise_reduce\"}")) + "]";
        Multipart form = new Multipart().field("components", slow).field("user_email", "user@example.com")
                .field("project_name", PROJECT).file("files", "long.wav", TestAudio.toneWav(120, 44_100, 2, 1));

        java.time.OffsetDateTime before = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        long started = System.nanoTime();
        Reply reply = client.post(PipelineDoorTest.PATH, form, "X-API-Key", KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(504);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        long deadline = System.currentTimeMillis() + 10_000;
        while (admission.inFlight() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(admission.inFlight()).isZero();
        assertThat(jdbc.sql("select status from tasks where created_at > ?").param(before).query(String.class).list())
                .as("a task exists only if the inputs decoded in time, and then it failed")
                .allMatch("FAILED"::equals);
    }
}
