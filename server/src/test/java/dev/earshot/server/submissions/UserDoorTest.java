package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.CreatedKey;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.auth.User;
import dev.earshot.server.support.DoorClient.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/user} against a real server: a user's key, a key without a user, no key. */
class UserDoorTest extends SubmissionsServerTest {

    @Test
    void aUsersKeyShowsTheUserTheirCreditsAndTheKey() {
        User user = users.create(UUID.randomUUID() + "@example.com", "Ann", false);
        CreatedKey key = key(user.id(), Set.of(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE));
        credits.grant(Credits.ownerOf(user.id()), 120, "welcome");

        Reply reply = client.get("/api/v1/user", "X-Api-Key", key.plainKey());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(Map.of("data", Map.of("id", user.id(), "name", "Ann",
                "email", user.email(), "credits", 120,
                "key", Map.of("prefix", key.prefix(), "scopes", List.of("audio:read", "audio:write")))));
    }

    @Test
    void aUserWithoutCreditsHasZero() {
        User user = users.create(UUID.randomUUID() + "@example.com", null, false);

        Reply reply = client.get("/api/v1/user", "Authorization", "Bearer " + key(user.id(),
                Set.of(Scopes.AUDIO_READ)).plainKey());

        assertThat(data(reply)).containsEntry("credits", 0).containsEntry("name", null);
    }

    @Test
    void aKeyWithoutAUserShowsOnlyTheKey() {
        CreatedKey key = key(null, Set.of(Scopes.AUDIO_WRITE));
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", null);
        expected.put("name", null);
        expected.put("email", null);
        expected.put("credits", null);
        expected.put("key", Map.of("prefix", key.prefix(), "scopes", List.of("audio:write")));

        Reply reply = client.get("/api/v1/user", "Authorization", "Bearer " + key.plainKey());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(data(reply)).isEqualTo(expected);
    }

    @Test
    void noKeyOrABadKeyIs401() {
        for (Reply reply : List.of(client.get("/api/v1/user"),
                client.get("/api/v1/user", "Authorization", "Bearer nope-" + UUID.randomUUID()))) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json()).isEqualTo(Map.of("message", "Unauthenticated."));
        }
    }

    private CreatedKey key(String userId, Set<String> scopes) {
        String project = projects.findByName(PROJECT).orElseThrow().id();
        return apiKeys.create("k", userId, scopes, List.of(project));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Reply reply) {
        return (Map<String, Object>) reply.json().get("data");
    }
}
