package dev.earshot.server.reliability;

import static dev.earshot.server.support.RacingRequests.race;
import static dev.earshot.server.support.RacingRequests.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.limits.AdmissionControl;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Limits hold exactly, also when requests race: exactly N uploads pass the ingestion rate limit and every other gets
 * 429 with Retry-After; exactly {@code AUDIO_ENGINE_MAX_IN_FLIGHT} pipelines run and every other gets 429 with
 * Retry-After; a file of exactly the size limit passes the pipeline and noise-removal doors and one byte more is a
 * 413 that writes nothing. (Sequential rate-limit exactness and the ingestion size limit are IngestLimitsTest's;
 * one refused pipeline behind one running one is PipelineDoorLimitsTest's.)
 */
@TestPropertySource(properties = {"earshot.ingest.rate-limit-per-minute=5", "audio-engine.max-in-flight=2",
        "audio-engine.semaphore-wait-timeout=0", "audio-engine.max-file-size-bytes=1920044",
        "earshot.enhance.max-file-bytes=32044"})
class LimitsExactnessTest extends ReliabilityServerTest {

    /** 60 s at 16 kHz mono with a silent second first: 1,920,044 bytes, the pipeline door's limit here. */
    private static final byte[] MINUTE = TestAudio.toneWav(60, 16_000, 1, 1);
    private static final String SLOW = "[" + String.join(",", Collections.nCopies(12,
            "{\"component_id\":\"noise_reduce\"}")) + "]";
    private static final String QUICK = "[{\"component_id\":\"audio_duration_check\"}]";

    @Autowired
    AdmissionControl admission;

    @Test
    void ofTwelveConcurrentUploadsExactlyTheFivePerMinuteAreAcceptedAndTheOthersGet429WithRetryAfter() {
        String key = key(Set.of(Scopes.AUDIO_WRITE, Scopes.AUDIO_READ), myProject());
        long jobsBefore = rows("jobs");

        List<Reply> replies = race(12, () -> client.post(IngestFixtures.INGEST, new Multipart()
                .file("file", "a.wav", ValidAudio.WAV).field("pipeline", "transcription"), "X-Api-Key", key));

        assertThat(statuses(replies)).isEqualTo(Map.of(202, 5L, 429, 7L));
        replies.stream().filter(r -> r.status() == 429).forEach(limited -> {
            assertThat(Long.parseLong(limited.header("Retry-After"))).as(limited.toString()).isBetween(1L, 12L);
            assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
            assertThat(limited.text()).contains("\"code\":\"rate_limited\"");
        });
        assertThat(rows("jobs")).as("one job per accepted upload, none for a refused one").isEqualTo(jobsBefore + 5);
    }

    @Test
    void ofSixConcurrentPipelinesExactlyTheTwoInFlightRunAndTheOthersGet429WithRetryAfter() {
        List<Reply> replies = race(6, () -> pipeline(SLOW, MINUTE));

        assertThat(statuses(replies)).as(replies.toString()).isEqualTo(Map.of(200, 2L, 429, 4L));
        replies.stream().filter(r -> r.status() == 429).forEach(refused -> {
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat((String) refused.json().get("detail")).contains("2 requests are already running");
        });
        assertThat(admission.inFlight()).as("places given back").isZero();
        assertThat(pipeline(QUICK, ValidAudio.WAV).status()).isEqualTo(200);
    }

    @Test
    void aFileOfExactlyThePipelineDoorsSizeLimitPassesAndOneByteMoreIs413WritingNothing() {
        assertThat(MINUTE).hasSize(1_920_044);
        assertThat(pipeline(QUICK, MINUTE).status()).isEqualTo(200);
        String before = footprint();

        Reply over = pipeline(QUICK, Arrays.copyOf(MINUTE, MINUTE.length + 1));

        assertThat(over.status()).as(over.toString()).isEqualTo(413);
        assertThat((String) over.json().get("detail")).contains("1920045 bytes; the limit is 1920044 bytes");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aFileOfExactlyTheNoiseRemovalDoorsSizeLimitIsUploadedAndOneByteMoreIs413WritingNothing() {
        assertThat(ValidAudio.WAV).hasSize(32_044);
        assertThat(upload(ValidAudio.WAV).status()).isEqualTo(200);
        String before = footprint();

        Reply over = upload(Arrays.copyOf(ValidAudio.WAV, ValidAudio.WAV.length + 1));

        assertThat(over.status()).as(over.toString()).isEqualTo(413);
        assertThat(over.json()).isEqualTo(Map.of("error",
                "the file is 32045 bytes; the limit is 32044 bytes (EARSHOT_ENHANCE_MAX_FILE_BYTES)"));
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aRemoveNoiseBodyOfExactly64KibIsReadAndOneByteMoreIs413() {
        String padding = " ".repeat(65_536 - "{\"fileId\": \"nope\"}".length());
        byte[] atLimit = ("{\"fileId\": \"nope\"}" + padding).getBytes(StandardCharsets.UTF_8);
        byte[] over = (new String(atLimit, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(atLimit).hasSize(65_536);

        Reply read = client.post("/v1/remove-noise", "application/json", atLimit, "x-api-key", KEY);
        Reply refused = client.post("/v1/remove-noise", "application/json", over, "x-api-key", KEY);

        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    }

    private Reply pipeline(String components, byte[] file) {
        return client.post("/v1/audio_engine/pipeline", new Multipart().field("components", components)
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "in.wav", file), "X-API-Key", KEY);
    }

    private Reply upload(byte[] file) {
        return client.post("/v1/upload", new Multipart().file("file", "a.wav", file), "x-api-key", KEY);
    }
}
