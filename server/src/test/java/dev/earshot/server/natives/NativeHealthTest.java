package dev.earshot.server.natives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.ServerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** A server whose native libraries all work: each is its own UP component of health, and the start says so once. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "earshot.natives.self-check=true")
class NativeHealthTest extends ServerTest {

    @Test
    @SuppressWarnings("unchecked")
    void healthShowsEachNativeCapabilityUpWithoutDetails(CapturedOutput output) {
        Reply health = client.get("/actuator/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat((Map<String, Object>) health.json().get("components")).containsEntry("ffmpeg", Map.of("status", "UP"))
                .containsEntry("sileroVad", Map.of("status", "UP")).containsEntry("vosk", Map.of("status", "UP"));
        assertThat(output.getOut().split("Native self-check: ", -1)).as("start log").hasSize(2);
        assertThat(output.getOut()).containsPattern(
                "Native self-check: ffmpeg \\(\\d+ ms\\), sileroVad \\(\\d+ ms\\), vosk \\(\\d+ ms\\) UP in \\d+ ms");
    }
}
