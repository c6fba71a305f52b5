package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** AUDIO_ENGINE_ENABLED=false unmounts the door's routes. */
@TestPropertySource(properties = "audio-engine.enabled=false")
class PipelineDoorDisabledTest extends ServerTest {

    @Test
    void theRoutesAreNotMountedWhenTheEngineIsDisabled() {
        Multipart form = new Multipart().field("components", "[{\"component_id\":\"noise_reduce\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0));
        assertThat(client.post(PipelineDoorTest.PATH, form, "X-API-Key", KEY).status()).isEqualTo(404);
        assertThat(client.get("/v1/response/anything", "X-API-Key", KEY).status()).isEqualTo(404);
        assertThat(client.get("/actuator/health").status()).isEqualTo(200);
    }
}
