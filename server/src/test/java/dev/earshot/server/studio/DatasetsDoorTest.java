package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetsDoorTest extends StudioServerTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCreatedDatasetIsShownWithEveryFieldRelayNamesAndItsCounts() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        Reply created = call("POST", "/api/v1/datasets", key, """
                {"name": "TTS Glitch Detection", "description": "Detect audio artifacts in TTS output",
                 "artifact_types": [{"name": "glitch", "description": "Audio pop or click", "color": "#FF4444"},
                                    {"name": "long_pause"}]}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> body = created.json();
        assertThat(StudioIds.parse((String) body.get("id"))).contains((String) body.get("id"));
        assertThat(body).containsEntry("name", "TTS Glitch Detection")
                .containsEntry("description", "Detect audio artifacts in TTS output")
                .containsEntry("audio_count", 0).containsEntry("annotation_set_count", 0);
        assertThat((List<Map<String, Object>>) body.get("artifact_types")).containsExactly(
                Map.of("name", "glitch", "description", "Audio pop or click", "color", "#FF4444"),
                Map.of("name", "long_pause"));
        assertThat((String) body.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(get("/api/v1/datasets/" + body.get("id"), key).json()).isEqualTo(body);
    }

    @Test
    void aListIsOnePageOfTheProjectsDatasetsNewestFirst() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String first = dataset(key);
        String second = dataset(key);
        String third = dataset(key);

        Map<String, Object> page = get("/api/v1/datasets?page=1&page_size=2", key).json();
        Map<String, Object> last = get("/api/v1/datasets?page=2&page_size=2", key).json();

        assertThat(page).containsEntry("total", 3).containsEntry("page", 1).containsEntry("page_size", 2)
                .containsEntry("has_more", true);
        assertThat(ids(page)).containsExactly(third, second);
        assertThat(last).containsEntry("has_more", false);
        assertThat(ids(last)).containsExactly(first);
    }

    @Test
    void anotherProjectsDatasetIsNotFoundForEveryMethod() {
        String mine = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirs = dataset(projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE));

        for (Reply reply : List.of(get("/api/v1/datasets/" + theirs, mine),
                call("PATCH", "/api/v1/datasets/" + theirs, mine, "{\"name\": \"x\"}"),
                call("DELETE", "/api/v1/datasets/" + theirs, mine, null))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json()).isEqualTo(Map.of("detail", "Dataset not found"));
        }
        assertThat(ids(get("/api/v1/datasets", mine).json())).isEmpty();
    }

    @Test
    void schemaViolationsArePydanticErrorsAndMalformedJsonIsInvalidRequestFormat() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);

        Reply missing = call("POST", "/api/v1/datasets", key, "{\"description\": 5}");
        Reply repeated = call("POST", "/api/v1/datasets", key,
                "{\"name\": \"d\", \"artifact_types\": [{\"name\": \"glitch\"}, {\"name\": \"glitch\"}]}");
        Reply badName = call("POST", "/api/v1/datasets", key,
                "{\"name\": \"d\", \"artifact_types\": [{\"name\": \"no spaces\"}]}");
        Reply malformed = call("POST", "/api/v1/datasets", key, "{\"name\": ");
        Reply badPath = get("/api/v1/datasets/not-a-uuid", key);
        Reply badPage = get("/api/v1/datasets?page=0&page_size=abc", key);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(detail(missing)).containsExactly(
                Map.of("loc", List.of("body", "name"), "msg", "field required", "type", "value_error.missing"),
                Map.of("loc", List.of("body", "artifact_types"), "msg", "field required",
                        "type", "value_error.missing"));
        assertThat(detail(repeated)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("loc", List.of("body", "artifact_types", 1, "name"))
                .containsEntry("type", "value_error"));
        assertThat(detail(badName)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("type", "value_error.str.regex"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json()).isEqualTo(Map.of("detail", "Invalid request format"));
        assertThat(badPath.status()).isEqualTo(422);
        assertThat(detail(badPath)).containsExactly(Map.of("loc", List.of("path", "dataset_id"),
                "msg", "value is not a valid uuid", "type", "type_error.uuid"));
        assertThat(detail(badPage)).extracting(error -> error.get("type"))
                .containsExactly("value_error.number.not_ge", "type_error.integer");
    }

    @Test
    void keysWithoutAValidKeyOrTheScopeAreRefusedInTheDetailShape() {
        String reader = projectKey(Scopes.AUDIO_READ);

        Reply none = client.get("/api/v1/datasets");
        Reply wrong = client.get("/api/v1/datasets", "X-API-Key", "esk_abcdefgh_" + "A".repeat(43));
        Reply bearer = client.get("/api/v1/datasets", "Authorization", "Bearer " + reader);
        Reply write = call("POST", "/api/v1/datasets", reader, "{\"name\": \"d\", \"artifact_types\": []}");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json()).isEqualTo(Map.of("detail", "Invalid or missing API key"));
        assertThat(none.header("WWW-Authenticate")).isNotNull();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("detail")).asString().contains("audio:write");
        assertThat(write.header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void unknownPathsAndWrongMethodsAnswerAsFastApiDoes() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);

        Reply unknown = get("/api/v1/datasets/" + dataset(key) + "/nothing-here", key);
        Reply wrongMethod = call("PUT", "/api/v1/datasets", key, "{}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).isEqualTo(Map.of("detail", "Not Found"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json()).isEqualTo(Map.of("detail", "Method Not Allowed"));
    }

    @Test
    void patchChangesWhatItNamesAndDeleteRemovesTheDataset() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String id = dataset(key);

        Reply patched = call("PATCH", "/api/v1/datasets/" + id, key, "{\"name\": \"Updated Dataset Name\"}");
        Reply deleted = call("DELETE", "/api/v1/datasets/" + id, key, null);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json()).containsEntry("name", "Updated Dataset Name");
        assertThat((List<?>) patched.json().get("artifact_types")).hasSize(2);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/datasets/" + id, key).status()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> item.get("id")).toList();
    }
}
