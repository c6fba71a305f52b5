package dev.earshot.server.ingest;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * 413 and 429 on a server with small limits: files up to 32,044 bytes (a 1 s 16 kHz mono WAV exactly) and
 * 3 uploads per key and minute. Each test uses keys of its own, so their budgets do not mix.
 */
@TestPropertySource(properties = {"earshot.ingest.max-file-bytes=32044", "earshot.ingest.rate-limit-per-minute=3"})
class IngestLimitsTest extends IngestTest {

    private static final byte[] AT_LIMIT = TestAudio.toneWav(1, 16_000, 1, 0);
    private static final byte[] OVER_LIMIT = TestAudio.toneWav(1.0001, 16_000, 1, 0);

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Projects projects;

    @Test
    void aFileOneByteOverTheLimitIs413AndWritesNothing() {
        String key = newKey();
        assertThat(AT_LIMIT).hasSize(32_044);
        assertThat(OVER_LIMIT.length).isGreaterThan(32_044);
        String before = ingestFootprint();

        DoorClient.Reply refused = post(key, OVER_LIMIT);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(error(refused)).containsEntry("code", "file_too_large");
        assertThat((String) error(refused).get("message")).contains("the limit is 32044 bytes");
        assertThat(ingestFootprint()).isEqualTo(before);
        assertThat(post(key, AT_LIMIT).status()).isEqualTo(202);
    }

    @Test
    void theFourthUploadOfAKeyWithinAMinuteIs429WithRetryAfterAndRateLimitHeaders() {
        String key = newKey();
        for (int i = 1; i <= 3; i++) {
            DoorClient.Reply accepted = post(key, AT_LIMIT);
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(accepted.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(accepted.header("RateLimit-Remaining")).isEqualTo(Integer.toString(3 - i));
        }
        String before = ingestFootprint();

        DoorClient.Reply limited = post(key, AT_LIMIT);

        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(error(limited)).containsEntry("code", "rate_limited");
        assertThat((String) error(limited).get("message")).contains("at most 3 uploads per minute");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(limited.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(limited.header("RateLimit-Reset"))).isBetween(retryAfter, 60L);
        assertThat(ingestFootprint()).isEqualTo(before);
        assertThat(post(newKey(), AT_LIMIT).status()).as("another key has its own budget").isEqualTo(202);
    }

    @Test
    void refusedUploadsCountAgainstTheKeysBudgetToo() {
        String key = newKey();
        for (int i = 0; i < 3; i++) {
            assertThat(client.post(INGEST, new Multipart().field("pipeline", "transcription"), "X-Api-Key", key)
                    .status()).isEqualTo(400);
        }
        assertThat(post(key, AT_LIMIT).status()).isEqualTo(429);
    }

    private DoorClient.Reply post(String key, byte[] file) {
        return client.post(INGEST, new Multipart().file("file", "call.wav", file).field("pipeline", "transcription"),
                "Authorization", "Bearer " + key);
    }

    private String newKey() {
        String projectId = projects.findByName(PROJECT).orElseThrow().id();
        return apiKeys.create("limits", null, Set.of(Scopes.AUDIO_WRITE), List.of(projectId)).plainKey();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(DoorClient.Reply reply) {
        return (Map<String, Object>) reply.json().get("error");
    }
}
