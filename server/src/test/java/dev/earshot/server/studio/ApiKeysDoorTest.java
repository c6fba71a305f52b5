package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysDoorTest extends StudioServerTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCreatedKeyIsShownOnceWithRelaysFieldsAndWorksForTheSameProject() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);

        Reply created = call("POST", "/api/v1/auth/api-keys", key,
                "{\"name\": \"Production Server\", \"expires_at\": \"2099-12-31T23:59:59Z\"}");
        Map<String, Object> body = created.json();
        String plain = (String) body.get("key");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) (List<?>) client
                .get("/api/v1/auth/api-keys", "X-API-Key", key).jsonList();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(body.keySet()).containsExactly("id", "name", "key_prefix", "key", "scopes", "created_at",
                "expires_at", "last_used_at");
        assertThat(body).containsEntry("name", "Production Server").containsEntry("expires_at",
                "2099-12-31T23:59:59Z").containsEntry("last_used_at", null)
                .containsEntry("scopes", List.of("audio:read", "audio:write"));
        assertThat(plain).startsWith((String) body.get("key_prefix"));
        assertThat(listed).extracting(k -> k.get("id")).contains(body.get("id"));
        assertThat(listed).allSatisfy(k -> assertThat(k).doesNotContainKey("key"));
        assertThat(get("/api/v1/datasets/" + dataset, plain).status()).isEqualTo(200);
    }

    @Test
    void aNewKeyHasAtMostTheCreatorsScopesAndAReadKeyCannotCreateOne() {
        String writer = projectKey(Scopes.AUDIO_WRITE);
        String reader = projectKey(Scopes.AUDIO_READ);

        Reply narrower = call("POST", "/api/v1/auth/api-keys", writer, "{\"name\": \"ci\", \"scopes\": []}");
        Reply wider = call("POST", "/api/v1/auth/api-keys", writer,
                "{\"name\": \"ci\", \"scopes\": [\"audio:read\"]}");
        Reply unknown = call("POST", "/api/v1/auth/api-keys", writer, "{\"name\": \"ci\", \"scopes\": [\"root\"]}");
        Reply byReader = call("POST", "/api/v1/auth/api-keys", reader, "{\"name\": \"ci\"}");
        Reply noName = call("POST", "/api/v1/auth/api-keys", writer, "{}");

        assertThat(narrower.json()).containsEntry("scopes", List.of("audio:write"));
        assertThat(wider.status()).isEqualTo(403);
        assertThat(wider.json().get("detail")).asString().contains("audio:read");
        assertThat(detail(unknown)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("body", "scopes", 0)).containsEntry("type", "type_error.enum"));
        assertThat(byReader.status()).isEqualTo(403);
        assertThat(detail(noName)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("body", "name")).containsEntry("type", "value_error.missing"));
    }

    @Test
    void anExpiredKeyIsA401SayingSoAndARevokedKeyIsA401() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        Reply soon = call("POST", "/api/v1/auth/api-keys", key, "{\"name\": \"brief\", \"expires_at\": \""
                + Instant.now().plusSeconds(2) + "\"}");
        Reply past = call("POST", "/api/v1/auth/api-keys", key,
                "{\"name\": \"old\", \"expires_at\": \"2020-01-01T00:00:00Z\"}");
        String revokable = (String) call("POST", "/api/v1/auth/api-keys", key, "{\"name\": \"gone\"}").json()
                .get("key");
        String revokableId = (String) call("POST", "/api/v1/auth/api-keys", revokable, "{\"name\": \"x\"}").json()
                .get("id");
        String soonKey = (String) soon.json().get("key");
        assertThat(get("/api/v1/datasets", soonKey).status()).isEqualTo(200);

        Thread.sleep(2500);
        Reply expired = get("/api/v1/datasets", soonKey);
        Reply revoked = call("DELETE", "/api/v1/auth/api-keys/" + revokableId, key, null);

        assertThat(past.status()).isEqualTo(422);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json()).isEqualTo(Map.of("detail", "API key expired"));
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(get("/api/v1/datasets", revokable).status()).isEqualTo(200);
        String ownId = (String) call("GET", "/api/v1/auth/api-keys", revokable, null).jsonList().stream()
                .map(k -> (Map<?, ?>) k).filter(k -> "gone".equals(k.get("name"))).findFirst().orElseThrow()
                .get("id");
        assertThat(call("DELETE", "/api/v1/auth/api-keys/" + ownId, revokable, null).status()).isEqualTo(204);
        assertThat(get("/api/v1/datasets", revokable).json()).isEqualTo(Map.of("detail",
                "Invalid or missing API key"));
    }

    @Test
    void anotherProjectsKeyIsNotFoundAndABadIdIsAValidationError() {
        String mine = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirs = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirKeyId = (String) call("POST", "/api/v1/auth/api-keys", theirs, "{\"name\": \"t\"}").json()
                .get("id");

        Reply foreign = call("DELETE", "/api/v1/auth/api-keys/" + theirKeyId, mine, null);
        Reply bad = call("DELETE", "/api/v1/auth/api-keys/123", mine, null);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json()).isEqualTo(Map.of("detail", "API key not found"));
        assertThat(detail(bad)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("path", "key_id")));
        List<Object> ids = client.get("/api/v1/auth/api-keys", "X-API-Key", mine).jsonList().stream()
                .map(k -> (Object) ((Map<?, ?>) k).get("id")).toList();
        assertThat(ids).isNotEmpty().doesNotContain(theirKeyId);
    }
}
