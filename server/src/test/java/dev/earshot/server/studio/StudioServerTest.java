package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
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

    /** Relay's upload-url answer for a file of the dataset. */
    Map<String, Object> uploadUrl(String key, String datasetId, String filename, String contentType, long size) {
        Reply reply = call("POST", "/api/v1/datasets/" + datasetId + "/audio/upload-url", key,
                "{\"filename\": \"" + filename + "\", \"content_type\": \"" + contentType
                        + "\", \"file_size\": " + size + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** POSTs every field of an upload-url answer, then the file, as Relay's curl example does. */
    @SuppressWarnings("unchecked")
    Reply postForm(Map<String, Object> upload, Map<String, String> changes, String fileName, byte[] content) {
        Multipart form = new Multipart();
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) upload.get("fields"));
        fields.putAll(changes);
        fields.forEach(form::field);
        form.file("file", fileName, content);
        return client.post(URI.create((String) upload.get("upload_url")).getPath(), form);
    }

    /** Uploads and confirms a file; returns its id. */
    String uploadAndConfirm(String key, String datasetId, String fileName, byte[] content) {
        Map<String, Object> upload = uploadUrl(key, datasetId, fileName, "audio/wav", content.length);
        assertThat(postForm(upload, Map.of(), fileName, content).status()).isEqualTo(204);
        String audioId = (String) upload.get("audio_id");
        Reply confirmed = call("POST", "/api/v1/datasets/" + datasetId + "/audio/confirm", key,
                "{\"audio_id\": \"" + audioId + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return audioId;
    }

    /** The file once its processing is over (ready or failed), within a minute. */
    Map<String, Object> awaitProcessed(String key, String datasetId, String audioId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            Map<String, Object> audio = get("/api/v1/datasets/" + datasetId + "/audio/" + audioId, key).json();
            Object status = audio.get("processing_status");
            if ("ready".equals(status) || "failed".equals(status) || System.nanoTime() > deadline) {
                return audio;
            }
            Thread.sleep(100);
        }
    }

    /** Blobs stored for a dataset (temp files of writes in flight left out). */
    long blobsOf(String datasetId) throws IOException {
        Path folder = home.resolve("blobs").resolve("studio/datasets/" + datasetId);
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains("~")).count();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> detail(Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("detail");
    }
}
