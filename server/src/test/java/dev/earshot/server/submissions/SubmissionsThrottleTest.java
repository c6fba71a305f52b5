package dev.earshot.server.submissions;

import static dev.earshot.server.submissions.SubmissionsClient.auth;
import static dev.earshot.server.support.RacingRequests.race;
import static dev.earshot.server.support.RacingRequests.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import dev.earshot.server.system.ApiRequestHandled;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.TestPropertySource;

/**
 * The seed's 60 requests per minute as Laravel's ThrottleRequests counts them, across the door's routes: exactly 60
 * pass in a window, also when clients race, the 61st is a 429 "Too Many Attempts." with Laravel's headers, per user
 * (per client address for a key without a user), after authentication; and each request is one
 * {@code ApiRequestHandled} event that feeds the Prometheus metrics.
 */
@TestPropertySource(properties = "earshot.submissions.rate-limit-per-minute=60")
class SubmissionsThrottleTest extends SubmissionsServerTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void sixtyRequestsOnAnyRoutesPassAndTheSixtyFirstIs429WithLaravelsHeaders() {
        String key = userKey();
        List<String> paths = List.of("/api/v1/user", "/api/v1/audios", "/api/v1/tasks", "/api/v1/submissions/999999");
        for (int i = 0; i < 60; i++) {
            Reply reply = door.get(key, paths.get(i % paths.size()));
            assertThat(reply.status()).as(reply.toString()).isIn(200, 404);
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("60");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(59 - i));
        }

        Reply limited = door.get(key, "/api/v1/user");
        long now = Instant.now().getEpochSecond();

        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.json()).isEqualTo(Map.of("message", "Too Many Attempts."));
        assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("60");
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(Long.parseLong(limited.header("X-RateLimit-Reset"))).isBetween(now + retryAfter - 2,
                now + retryAfter + 2);
        Reply refusedBeforeValidation = door.submitJson(key, "{}");
        assertThat(refusedBeforeValidation.status()).as("throttled before validation").isEqualTo(429);
        assertThat(door.get(userKey(), "/api/v1/user").header("X-RateLimit-Remaining"))
                .as("another user's window").isEqualTo("59");
    }

    @Test
    void ofNinetyRacingRequestsOfOneUserExactlySixtyPass() {
        String key = userKey();

        List<Reply> replies = race(90, () -> door.get(key, "/api/v1/user"));

        assertThat(statuses(replies)).isEqualTo(Map.of(200, 60L, 429, 30L));
        assertThat(replies.stream().filter(r -> r.status() == 200).map(r -> r.header("X-RateLimit-Remaining"))
                .distinct().count()).as("each passing request saw its own count").isEqualTo(60);
    }

    @Test
    void keysWithoutAUserShareTheBudgetOfTheirClientAddress() {
        String first = keyWithoutUser(Scopes.AUDIO_READ);
        String second = keyWithoutUser(Scopes.AUDIO_READ);
        for (int i = 0; i < 30; i++) {
            assertThat(door.get(first, "/api/v1/user").status()).isEqualTo(200);
            assertThat(door.get(second, "/api/v1/user").status()).isEqualTo(200);
        }

        assertThat(door.get(second, "/api/v1/audios").status()).isEqualTo(429);
        assertThat(door.get(userKey(), "/api/v1/audios").status()).as("a user's key counts apart").isEqualTo(200);
    }

    @Test
    void aRequestWithoutAValidKeyIs401WithoutRateLimitHeadersAndAnUnknownRouteIsLeftToLaravelsNotFound() {
        Reply unauthenticated = client.get("/api/v1/tasks", auth("not-a-key"));
        Reply unknown = door.get(userKey(), "/api/v1/taskz");

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json()).isEqualTo(Map.of("message", "Unauthenticated."));
        assertThat(unauthenticated.header("X-RateLimit-Limit")).isNull();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).isEqualTo(Map.of("message", "The route api/v1/taskz could not be found."));
        assertThat(unknown.header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void eachRequestIsOneApiRequestHandledEventAndPrometheusCountsThem() {
        List<ApiRequestHandled> events = new CopyOnWriteArrayList<>();
        String email = UUID.randomUUID() + "@example.com";
        context.addApplicationListener((ApplicationEvent event) -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof ApiRequestHandled handled
                    && handled.path().startsWith("/api/v1/") && (email.equals(handled.user())
                    || handled.status() == 401)) {
                events.add(handled);
            }
        });
        String key = key(email, 0, Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);

        door.upload(key, "tone.wav", TestAudio.toneWav(2, 16_000, 1, 0));
        client.get("/api/v1/audios", auth("esk_nokey123_" + "x".repeat(43)));
        for (int i = 0; i < 60; i++) {
            door.get(key, "/api/v1/user");
        }

        assertThat(events).filteredOn(e -> e.status() == 201).singleElement().satisfies(created -> {
            assertThat(created.door()).isEqualTo("submissions");
            assertThat(created.method()).isEqualTo("POST");
            assertThat(created.route()).isEqualTo("/api/v1/audios");
            assertThat(created.latency()).isPositive();
            assertThat(created.keyPrefix()).isEqualTo(key.substring(4, 12));
            assertThat(created.remote()).isEqualTo("127.0.0.1");
        });
        assertThat(events).filteredOn(e -> e.status() == 401).extracting(ApiRequestHandled::path)
                .contains("/api/v1/audios");
        assertThat(events).filteredOn(e -> e.status() == 200).hasSize(59);
        assertThat(events).filteredOn(e -> e.status() == 429).singleElement()
                .extracting(ApiRequestHandled::route).isEqualTo("/api/v1/user");
        String metrics = client.get("/actuator/prometheus").text();
        assertThat(metrics).containsPattern("earshot_api_requests_seconds_count\\{door=\"submissions\","
                + "method=\"POST\",route=\"/api/v1/audios\",status=\"201\"} [1-9]");
        assertThat(metrics).containsPattern("earshot_api_requests_seconds_count\\{door=\"submissions\","
                + "method=\"GET\",route=\"/api/v1/user\",status=\"429\"} [1-9]");
    }

    private String userKey() {
        return key(UUID.randomUUID() + "@example.com", 0, Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
    }
}
