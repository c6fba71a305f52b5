package dev.earshot.server.studio;

import static dev.earshot.server.studio.RelayCurlScripts.assertPage;
import static dev.earshot.server.studio.RelayCurlScripts.assertTypes;
import static dev.earshot.server.studio.RelayCurlScripts.object;
import static dev.earshot.server.studio.RelayCurlScripts.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relay's training and inference examples (its training and inference guides, and the curl snippets of its
 * api-reference pages for inference jobs and files) as the ready-to-run files of {@code examples/relay-curl/}, run
 * with the real {@code curl} against a real server with only the base URL, the key and the ids changed, one after
 * the other as a user would: a training job on a dataset of generated speech labelled with {@code glitch} (injected
 * clicks) and {@code long_pause}, its model, and an inference job of that model over a held-out file. Every field the
 * Relay pages name is checked with its JSON type.
 */
class RelayJobsCurlExamplesTest extends StudioJobsServerTest {

    private static final AudioFormat FORMAT = new AudioFormat(16_000, 1);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @Test
    @SuppressWarnings("unchecked")
    void relaysTrainingAndInferenceExamplesRunAsPrintedFromTrainingJobToDetections(@TempDir Path dir)
            throws Exception {
        assumeThat(Commands.works("curl", "--version")).as("the curl command is missing").isTrue();
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String set = labelledSet(key, dataset);
        Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port,
                "RELAY_API_KEY", key, "DATASET_ID", dataset, "ANNOTATION_SET_ID", set));

        Map<String, Object> created = object(run(dir, env, "create-training-job.sh"));
        assertTrainingJob(created);
        assertThat(created.get("status")).isIn("queued", "training");
        env.put("TRAINING_JOB_ID", (String) created.get("id"));
        Map<String, Object> trained = awaitTrainingOver(key, (String) created.get("id"));
        assertThat(trained).as(trained.toString()).containsEntry("status", "completed");
        Map<String, Object> shown = object(run(dir, env, "get-training-job.sh"));
        assertTrainingJob(shown);
        assertThat(shown).containsEntry("status", "completed").containsEntry("progress", 1.0);
        assertThat((String) shown.get("model_id")).matches(UUID);
        assertThat((String) shown.get("completed_at")).matches(TIME);
        Map<String, Object> jobs = object(run(dir, env, "list-training-jobs.sh"));
        assertPage(jobs, 1);
        assertThat(object(run(dir, env, "cancel-training-job.sh"))).isEqualTo(Map.of("detail",
                "The training job is completed and can no longer be cancelled."));

        env.put("MODEL_ID", (String) shown.get("model_id"));
        Map<String, Object> models = object(run(dir, env, "list-models.sh"));
        assertPage(models, 2);
        Map<String, Object> model = object(run(dir, env, "get-model.sh"));
        assertTypes(model, Map.of("id", String.class, "name", String.class, "status", String.class,
                "artifact_types", List.class, "metrics", Map.class, "created_at", String.class));
        assertThat(model).containsEntry("status", "ready").containsEntry("artifact_types",
                List.of("glitch", "long_pause"));
        assertThat(((List<Map<String, Object>>) models.get("items")).get(1)).isEqualTo(model);

        Map<String, Object> inference = object(run(dir, env, "create-inference-job.sh"));
        assertInferenceJob(inference);
        assertThat(inference).containsEntry("model_id", model.get("id")).containsEntry("status", "pending");
        env.put("INFERENCE_JOB_ID", (String) inference.get("id"));
        InjectedAudio heldOut = injected(99);
        byte[] wav = StudioWavs.wav(heldOut);
        Files.write(dir.resolve("test_audio.wav"), wav);
        env.put("FILE_SIZE", String.valueOf(wav.length));
        Map<String, Object> upload = object(run(dir, env, "get-inference-upload-url.sh"));
        assertTypes(upload, Map.of("file_id", String.class, "upload_url", String.class, "upload_fields", Map.class,
                "s3_key", String.class, "expires_in", Integer.class));
        Map<String, String> fields = (Map<String, String>) upload.get("upload_fields");
        env.putAll(Map.of("UPLOAD_URL", (String) upload.get("upload_url"), "KEY", fields.get("key"),
                "POLICY", fields.get("policy"), "SIGNATURE", fields.get("x-amz-signature"),
                "CREDENTIAL", fields.get("x-amz-credential"), "DATE", fields.get("x-amz-date"),
                "TOKEN", fields.get("x-amz-security-token"), "FILE_ID", (String) upload.get("file_id")));
        assertThat(run(dir, env, "upload-inference-file.sh")).as("S3's 204 has no body").isEmpty();
        Map<String, Object> confirmed = object(run(dir, env, "confirm-inference-file.sh"));
        assertFile(confirmed);
        assertThat(confirmed).containsEntry("status", "queued");
        awaitFile(key, env.get("INFERENCE_JOB_ID"), env.get("FILE_ID"));
        Map<String, Object> file = object(run(dir, env, "get-inference-file.sh"));
        assertFile(file);
        assertThat(file).containsEntry("status", "completed").containsEntry("duration_ms", 45_000);
        List<Map<String, Object>> detections = (List<Map<String, Object>>) file.get("detections");
        assertThat(detections).hasSize((Integer) file.get("detection_count")).isNotEmpty()
                .allSatisfy(d -> assertTypes(d, Map.of("artifact_type", String.class, "start_ms", Integer.class,
                        "end_ms", Integer.class, "confidence", Double.class)));
        assertThat((String) file.get("processed_at")).matches(TIME);
        Map<String, Object> job = object(run(dir, env, "get-inference-job.sh"));
        assertInferenceJob(job);
        assertThat(job).containsEntry("status", "completed").containsEntry("total_files", 1)
                .containsEntry("processed_files", 1).containsEntry("failed_files", 0)
                .containsEntry("total_detections", detections.size());
        assertThat((List<Map<String, Object>>) job.get("files")).singleElement()
                .satisfies(listed -> assertThat(listed).isEqualTo(file));
        assertPage(object(run(dir, env, "list-inference-jobs.sh")), 1);
        assertThat(object(run(dir, env, "cancel-inference-job.sh"))).isEqualTo(Map.of("detail",
                "The inference job is completed; only a pending or processing job can be cancelled."));
    }

    /** Eight files of generated speech with clicks ({@code glitch}) and long pauses, ready, labelled, published. */
    private String labelledSet(String key, String dataset) throws Exception {
        List<InjectedAudio> files = new ArrayList<>();
        for (int seed = 1; seed <= 8; seed++) {
            files.add(injected(seed));
        }
        List<String> ids = readyFiles(key, dataset, files.stream().map(StudioWavs::wav).toList());
        List<String> annotations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (ArtifactEvent label : files.get(i).labels()) {
                annotations.add(annotation(ids.get(i), label.type().equals("click") ? "glitch" : label.type(),
                        label.startMs(), label.endMs()));
            }
        }
        return publishedSet(key, dataset, annotations);
    }

    private static InjectedAudio injected(long seed) {
        return ArtifactInjection.generated(FORMAT, 45, ArtifactInjection.plan(List.of("click", "long_pause"), 3, 45,
                1.5, seed), seed);
    }

    private static void assertTrainingJob(Map<String, Object> job) {
        assertTypes(job, Map.of("id", String.class, "dataset_id", String.class, "annotation_set_id", String.class,
                "config", Map.class, "status", String.class, "progress", Double.class, "created_at", String.class));
        assertThat(job).containsKeys("error_message", "model_id", "started_at", "completed_at", "queue_position");
        assertThat((Map<String, Object>) job.get("config")).containsEntry("artifact_types",
                List.of("glitch", "long_pause")).containsEntry("epochs", 20).containsEntry("validation_split", 0.2)
                .containsEntry("learning_rate", 0.001).containsEntry("batch_size", 32)
                .containsEntry("chunk_size_ms", 500).containsEntry("stride_ms", 250);
    }

    private static void assertInferenceJob(Map<String, Object> job) {
        assertTypes(job, Map.of("id", String.class, "tenant_id", String.class, "model_id", String.class,
                "config", Map.class, "status", String.class, "total_files", Integer.class,
                "processed_files", Integer.class, "failed_files", Integer.class, "total_detections", Integer.class,
                "created_at", String.class));
        assertThat(job).containsKeys("error_message", "started_at", "completed_at");
        assertThat((String) job.get("id")).matches(UUID);
        assertThat(job.get("config")).isEqualTo(Map.of("threshold", 0.5, "merge_window_ms", 200,
                "min_duration_ms", 50));
    }

    private static void assertFile(Map<String, Object> file) {
        assertTypes(file, Map.of("id", String.class, "inference_job_id", String.class,
                "original_filename", String.class, "s3_key", String.class, "status", String.class,
                "detection_count", Integer.class));
        assertThat(file).containsKeys("duration_ms", "error_message", "detections", "processed_at")
                .containsEntry("original_filename", "test_audio.wav");
    }
}
