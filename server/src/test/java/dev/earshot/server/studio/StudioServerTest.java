package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the studio door's tests: a {@link ServerTest} with keys of projects of their own (so that each test's
 * datasets are its own) and JSON calls as Relay's curl examples make them ({@code X-API-Key}).
 */
abstract class StudioServerTest extends ServerTest {

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Projects projects;

    /** A key of a new project of its own with the given scopes. */
    String projectKey(String... scopes) {
        String project = "studio-" + StudioIds.newId().substring(0, 8);
        String projectId = projects.create(project).id();
        return apiKeys.create("studio", null, Set.of(scopes), List.of(projectId)).plainKey();
    }

    Reply call(String method, String path, String key, String json) {
        return client.send(method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), "X-API-Key", key);
    }

    Reply get(String path, String key) {
        return client.get(path, "X-API-Key", key);
    }

    /** A dataset with the types {@code glitch} and {@code long_pause}; returns its id. */
    String dataset(String key) {
        Reply created = call("POST", "/api/v1/datasets", key, """
                {"name": "TTS Glitch Detection", "artifact_types": [
                  {"name": "glitch", "description": "Audio pop or click", "color": "#FF4444"},
                  {"name": "long_pause"}]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> detail(Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("detail");
    }
}
