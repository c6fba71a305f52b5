package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Follows a noise-removal job through {@code GET /v1/remove-noise/{jobId}/status}. */
public final class NoiseRemovalPolling {

    private NoiseRemovalPolling() {
    }

    /** Polls the status until the job succeeded or failed; fails after {@code limit} or on any answer but 200. */
    public static Map<String, Object> awaitFinished(DoorClient client, String jobId, String key, Duration limit) {
        Instant end = Instant.now().plus(limit);
        Map<String, Object> status = Map.of();
        while (Instant.now().isBefore(end)) {
            DoorClient.Reply reply = client.get("/v1/remove-noise/" + jobId + "/status", "x-api-key", key);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            status = reply.json();
            if (NoiseRemovalStatus.isTerminal(status)) {
                return status;
            }
            pause();
        }
        throw new AssertionError("noise-removal job " + jobId + " did not finish in " + limit + "; last seen "
                + status);
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
