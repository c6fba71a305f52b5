package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Base of the tests of training jobs, models and inference jobs: datasets of ready files with a published set, and
 * polling of jobs and files until they are over.
 */
abstract class StudioJobsServerTest extends StudioServerTest {

    static final String TRAINING_JOBS = "/api/v1/training-jobs";
    static final String INFERENCE_JOBS = "/api/v1/inference-jobs";
    static final Duration PATIENCE = Duration.ofMinutes(3);

    /** Uploads and confirms each file and waits until it is ready; returns their ids in order. */
    List<String> readyFiles(String key, String datasetId, List<byte[]> wavs) throws InterruptedException {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < wavs.size(); i++) {
            ids.add(uploadAndConfirm(key, datasetId, "file-" + i + ".wav", wavs.get(i)));
        }
        for (String id : ids) {
            assertThat(awaitProcessed(key, datasetId, id)).containsEntry("processing_status", "ready");
        }
        return ids;
    }

    /** A new annotation set holding {@code annotations} (JSON objects), published; returns its id. */
    String publishedSet(String key, String datasetId, List<String> annotations) {
        String sets = "/api/v1/datasets/" + datasetId + "/annotation-sets";
        String set = (String) call("POST", sets, key, null).json().get("id");
        if (!annotations.isEmpty()) {
            Reply bulk = call("POST", sets + "/" + set + "/annotations/bulk", key,
                    "{\"annotations\": [" + String.join(", ", annotations) + "]}");
            assertThat(bulk.status()).as(bulk.toString()).isEqualTo(201);
        }
        Reply published = call("POST", sets + "/" + set + "/publish", key, null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return set;
    }

    static String annotation(String audioId, String type, long startMs, long endMs) {
        return "{\"audio_file_id\": \"" + audioId + "\", \"artifact_type\": \"" + type + "\", \"start_ms\": "
                + startMs + ", \"end_ms\": " + endMs + "}";
    }

    /** The body of a training job request of Relay's guide for the types given (config defaults otherwise). */
    static String trainingBody(String datasetId, String setId, String... types) {
        return "{\"dataset_id\": \"" + datasetId + "\", \"annotation_set_id\": \"" + setId + "\", \"config\": "
                + "{\"artifact_types\": [" + String.join(", ", java.util.Arrays.stream(types)
                .map(t -> "\"" + t + "\"").toList()) + "]}}";
    }

    /** The training job once {@code done} holds for it, within {@link #PATIENCE}. */
    Map<String, Object> awaitTraining(String key, String id, Predicate<Map<String, Object>> done)
            throws InterruptedException {
        return await(TRAINING_JOBS + "/" + id, key, done);
    }

    /** The training job once it is over. */
    Map<String, Object> awaitTrainingOver(String key, String id) throws InterruptedException {
        return awaitTraining(key, id, job -> List.of("completed", "failed", "cancelled").contains(job.get("status")));
    }

    /** An inference file once it is completed or failed. */
    Map<String, Object> awaitFile(String key, String jobId, String fileId) throws InterruptedException {
        return await(INFERENCE_JOBS + "/" + jobId + "/files/" + fileId, key,
                file -> List.of("completed", "failed").contains(file.get("status")));
    }

    Map<String, Object> await(String path, String key, Predicate<Map<String, Object>> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Reply reply = get(path, key);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            if (done.test(reply.json()) || System.nanoTime() > deadline) {
                return reply.json();
            }
            Thread.sleep(100);
        }
    }

    /** Adds a file to an inference job through its upload form and confirms it; returns the file's id. */
    @SuppressWarnings("unchecked")
    String inferenceFile(String key, String jobId, String fileName, byte[] content) {
        Reply url = call("POST", INFERENCE_JOBS + "/" + jobId + "/files/upload-url", key,
                "{\"filename\": \"" + fileName + "\", \"file_size_bytes\": " + content.length
                        + ", \"content_type\": \"audio/wav\"}");
        assertThat(url.status()).as(url.toString()).isEqualTo(200);
        Map<String, Object> form = new java.util.LinkedHashMap<>(url.json());
        form.put("fields", form.get("upload_fields"));
        assertThat(postForm(form, Map.of(), fileName, content).status()).isEqualTo(204);
        String fileId = (String) url.json().get("file_id");
        Reply confirmed = call("POST", INFERENCE_JOBS + "/" + jobId + "/files/confirm", key,
                "{\"file_id\": \"" + fileId + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return fileId;
    }
}
