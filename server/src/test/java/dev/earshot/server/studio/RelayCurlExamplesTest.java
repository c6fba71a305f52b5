package dev.earshot.server.studio;

import static dev.earshot.server.studio.RelayCurlScripts.assertPage;
import static dev.earshot.server.studio.RelayCurlScripts.assertTypes;
import static dev.earshot.server.studio.RelayCurlScripts.object;
import static dev.earshot.server.studio.RelayCurlScripts.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.Commands;
import dev.earshot.server.support.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relay's published curl examples (its curl SDK page, quickstart, authentication and annotations guides) as the
 * ready-to-run files of {@code examples/relay-curl/}, run with the real {@code curl} against a real server with only
 * the base URL and the key changed, one after the other as a user would, ids passed along; every field the Relay
 * pages name is checked with its JSON type.
 */
class RelayCurlExamplesTest extends StudioServerTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @Test
    @SuppressWarnings("unchecked")
    void relaysCurlExamplesRunAsPrintedFromKeyToPublishedAnnotationSet(@TempDir Path dir) throws Exception {
        assumeThat(Commands.works("curl", "--version")).as("the curl command is missing").isTrue();
        Files.write(dir.resolve("sample.wav"), TestAudio.toneWav(3.0, 16_000, 1, 0.5));
        Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port,
                "RELAY_API_KEY", projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE)));
        String projectKey = env.get("RELAY_API_KEY");

        Map<String, Object> key = object(run(dir, env, "create-api-key.sh"));
        assertTypes(key, Map.of("id", String.class, "name", String.class, "key_prefix", String.class,
                "key", String.class, "scopes", List.class, "created_at", String.class, "expires_at", String.class));
        assertThat(key).containsEntry("last_used_at", null).containsEntry("expires_at", "2099-12-31T23:59:59Z");
        env.put("RELAY_API_KEY", (String) key.get("key"));
        List<Object> keys = RelayCurlScripts.list(run(dir, env, "list-api-keys.sh"));
        assertThat(keys.stream().map(k -> (Object) ((Map<?, ?>) k).get("id")).toList()).contains(key.get("id"));

        Map<String, Object> dataset = object(run(dir, env, "create-dataset.sh"));
        assertDataset(dataset, "Detect audio artifacts in TTS output");
        Map<String, Object> quickstart = object(run(dir, env, "quickstart-create-dataset.sh"));
        assertDataset(quickstart, "Detect glitches and pauses in TTS output");
        env.put("DATASET_ID", (String) dataset.get("id"));
        Map<String, Object> list = object(run(dir, env, "list-datasets.sh"));
        assertPage(list, 2);
        assertThat((List<Map<String, Object>>) list.get("items")).allSatisfy(item -> assertTypes(item,
                Map.of("audio_count", Integer.class, "annotation_set_count", Integer.class)));
        assertThat(object(run(dir, env, "get-dataset.sh"))).containsEntry("id", dataset.get("id"));
        assertThat(object(run(dir, env, "update-dataset.sh"))).containsEntry("name", "Updated Dataset Name")
                .containsEntry("artifact_types", dataset.get("artifact_types"));

        Map<String, Object> upload = object(run(dir, env, "get-upload-url.sh"));
        assertTypes(upload, Map.of("upload_url", String.class, "fields", Map.class, "key", String.class,
                "expires_in", Integer.class, "audio_id", String.class));
        Map<String, String> fields = (Map<String, String>) upload.get("fields");
        env.putAll(Map.of("UPLOAD_URL", (String) upload.get("upload_url"), "KEY", fields.get("key"),
                "POLICY", fields.get("policy"), "SIGNATURE", fields.get("x-amz-signature"),
                "CREDENTIAL", fields.get("x-amz-credential"), "DATE", fields.get("x-amz-date"),
                "TOKEN", fields.get("x-amz-security-token"), "AUDIO_ID", (String) upload.get("audio_id")));
        assertThat(run(dir, env, "upload-file.sh")).as("S3's 204 has no body").isEmpty();
        Map<String, Object> confirmed = object(run(dir, env, "confirm-upload.sh"));
        assertTypes(confirmed, Map.of("audio_id", String.class, "status", String.class, "message", String.class));
        assertThat(confirmed).containsEntry("status", "pending");
        assertThat(awaitProcessed(projectKey, env.get("DATASET_ID"), env.get("AUDIO_ID")))
                .containsEntry("processing_status", "ready").containsEntry("duration_ms", 3000);
        Map<String, Object> files = object(run(dir, env, "list-audio-files.sh"));
        assertPage(files, 1);
        Map<String, Object> file = ((List<Map<String, Object>>) files.get("items")).get(0);
        assertTypes(file, Map.of("id", String.class, "original_filename", String.class, "duration_ms", Integer.class,
                "processing_status", String.class));
        assertThat(file).containsEntry("original_filename", "sample.wav");
        String quickstartAudio = (String) object(run(dir, Map.of("BASE_URL", env.get("BASE_URL"), "RELAY_API_KEY",
                env.get("RELAY_API_KEY"), "DATASET_ID", (String) quickstart.get("id")), "quickstart-upload-url.sh"))
                .get("audio_id");
        assertThat(quickstartAudio).matches(UUID);

        Map<String, Object> set = object(run(dir, env, "create-annotation-set.sh"));
        assertSet(set);
        assertThat(set).containsEntry("version", 1).containsEntry("status", "draft");
        env.put("ANNOTATION_SET_ID", (String) set.get("id"));
        assertAnnotation(object(run(dir, env, "create-annotation.sh")));
        Map<String, Object> bulk = object(run(dir, env, "create-annotations-bulk.sh"));
        assertThat(bulk).containsEntry("created", 2);
        ((List<Map<String, Object>>) bulk.get("annotations")).forEach(RelayCurlExamplesTest::assertAnnotation);
        Map<String, Object> published = object(run(dir, env, "publish-annotation-set.sh"));
        assertSet(published);
        assertThat(published).containsEntry("status", "published").containsEntry("total_annotations", 3)
                .containsEntry("total_positive_duration_ms", 250 + 150 + 800)
                .containsEntry("annotations_by_type", Map.of("glitch", 2, "long_pause", 1));
        assertThat((String) published.get("published_at")).matches(TIME);
        Map<String, Object> detail = object(run(dir, env, "get-annotation-set.sh"));
        assertThat((List<?>) detail.get("annotations")).hasSize(3);

        Map<String, String> deleting = new HashMap<>(env);
        deleting.put("DATASET_ID", (String) quickstart.get("id"));
        assertThat(run(dir, deleting, "delete-dataset.sh")).isEmpty();
        assertThat(object(run(dir, deleting, "get-dataset.sh"))).isEqualTo(Map.of("detail", "Dataset not found"));

        Map<String, String> revoking = new HashMap<>(env);
        revoking.putAll(Map.of("RELAY_API_KEY", projectKey, "KEY_ID", (String) key.get("id")));
        assertThat(run(dir, revoking, "revoke-api-key.sh")).isEmpty();
        assertThat(object(run(dir, env, "list-datasets.sh")))
                .isEqualTo(Map.of("detail", "Invalid or missing API key"));
    }

    private static void assertDataset(Map<String, Object> dataset, String description) {
        assertTypes(dataset, Map.of("id", String.class, "name", String.class, "description", String.class,
                "artifact_types", List.class, "created_at", String.class, "updated_at", String.class));
        assertThat((String) dataset.get("id")).matches(UUID);
        assertThat((String) dataset.get("created_at")).matches(TIME);
        assertThat(dataset).containsEntry("name", "TTS Glitch Detection").containsEntry("description", description);
        assertThat((List<?>) dataset.get("artifact_types")).hasSize(2).allSatisfy(type -> assertTypes(
                (Map<String, Object>) type, Map.of("name", String.class, "description", String.class,
                        "color", String.class)));
    }

    private static void assertSet(Map<String, Object> set) {
        assertTypes(set, Map.of("id", String.class, "dataset_id", String.class, "version", Integer.class,
                "status", String.class, "total_annotations", Integer.class,
                "total_positive_duration_ms", Integer.class, "annotations_by_type", Map.class,
                "created_at", String.class));
        assertThat(set).containsKey("published_at");
    }

    private static void assertAnnotation(Map<String, Object> annotation) {
        assertTypes(annotation, Map.of("id", String.class, "annotation_set_id", String.class,
                "audio_file_id", String.class, "artifact_type", String.class, "start_ms", Integer.class,
                "end_ms", Integer.class, "confidence", Double.class, "extra_data", Map.class,
                "created_at", String.class));
    }
}
