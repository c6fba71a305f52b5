package dev.earshot.server.reliability;

import static dev.earshot.server.reliability.StudioRoutes.id;
import static dev.earshot.server.reliability.StudioRoutes.json;
import static dev.earshot.server.reliability.StudioRoutes.owner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.reliability.AuthMatrix.Entry;
import dev.earshot.server.reliability.AuthMatrix.Resources;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The studio door's training, model and inference routes in the auth matrix (seed 002: 401 without a valid key, 403
 * for a missing scope, 404 for another project's ids), and the resources of one project they address: a dataset
 * whose five minutes of ready audio and published set can train, one of its training jobs, an inference job of the
 * built-in model and a file of it. Cancels and confirms make a fresh job or file with the owner's key each time.
 */
final class StudioJobRoutes {

    private static final String TRAINING = "/api/v1/training-jobs";
    private static final String INFERENCE = "/api/v1/inference-jobs";
    private static final String BUILT_IN_MODEL = "00000000-0000-4000-8000-0000000000b1";
    private static final byte[] FIVE_MINUTES = TestAudio.toneWav(300, 8_000, 1, 0);

    private StudioJobRoutes() {
    }

    /** A project's training and inference ids. */
    record Jobs(String trainingBody, String trainingJob, String inferenceJob, String inferenceFile) {
    }

    static Jobs jobs(DoorClient client, String key) throws InterruptedException {
        String[] auth = {"X-API-Key", key};
        String dataset = id(json(client, "POST", "/api/v1/datasets", "{\"name\": \"matrix training\", "
                + "\"artifact_types\": [{\"name\": \"glitch\"}]}", auth));
        String audio = readyAudio(client, dataset, auth);
        String sets = "/api/v1/datasets/" + dataset + "/annotation-sets";
        String set = id(json(client, "POST", sets, null, auth));
        json(client, "POST", sets + "/" + set + "/annotations", "{\"audio_file_id\": \"" + audio + "\", "
                + "\"artifact_type\": \"glitch\", \"start_ms\": 0, \"end_ms\": 100}", auth);
        json(client, "POST", sets + "/" + set + "/publish", null, auth);
        String body = "{\"dataset_id\": \"" + dataset + "\", \"annotation_set_id\": \"" + set + "\", \"config\": "
                + "{\"artifact_types\": [\"glitch\"]}}";
        Reply training = json(client, "POST", TRAINING, body, auth);
        assertThat(training.status()).as(training.toString()).isEqualTo(201);
        String inference = id(json(client, "POST", INFERENCE, "{\"model_id\": \"" + BUILT_IN_MODEL + "\"}", auth));
        String file = (String) json(client, "POST", INFERENCE + "/" + inference + "/files/upload-url",
                "{\"filename\": \"a.wav\", \"file_size_bytes\": 1000}", auth).json().get("file_id");
        return new Jobs(body, id(training), inference, file);
    }

    static List<Entry> entries() {
        String read = Scopes.AUDIO_READ;
        String write = Scopes.AUDIO_WRITE;
        return List.of(
                AuthMatrix.entry("POST /api/v1/training-jobs", (c, p, h, r) -> json(c, "POST", TRAINING,
                        r.jobs().trainingBody(), h), read, 201, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/training-jobs", (c, p, h, r) -> c.get(TRAINING, h),
                        write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("GET /api/v1/training-jobs/{jobId}", (c, p, h, r) -> c.get(TRAINING + "/"
                        + r.jobs().trainingJob(), h), write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/training-jobs/{jobId}/cancel", (c, p, h, r) -> json(c, "POST",
                        TRAINING + "/" + id(json(c, "POST", TRAINING, r.jobs().trainingBody(), owner(r)))
                                + "/cancel", null, h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/models", (c, p, h, r) -> c.get("/api/v1/models", h),
                        write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("GET /api/v1/models/{modelId}", (c, p, h, r) -> c.get("/api/v1/models/"
                        + BUILT_IN_MODEL, h), write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("POST /api/v1/inference-jobs", (c, p, h, r) -> json(c, "POST", INFERENCE,
                        "{\"model_id\": \"" + BUILT_IN_MODEL + "\"}", h), read, 201, 401, 401, 401, 403, 201, null),
                AuthMatrix.entry("GET /api/v1/inference-jobs", (c, p, h, r) -> c.get(INFERENCE, h),
                        write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("GET /api/v1/inference-jobs/{jobId}", (c, p, h, r) -> c.get(inference(r), h),
                        write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/inference-jobs/{jobId}/cancel", (c, p, h, r) -> json(c, "POST",
                        INFERENCE + "/" + id(json(c, "POST", INFERENCE, "{\"model_id\": \"" + BUILT_IN_MODEL
                                + "\"}", owner(r))) + "/cancel", null, h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/inference-jobs/{jobId}/files/upload-url", (c, p, h, r) -> json(c,
                        "POST", inference(r) + "/files/upload-url", "{\"filename\": \"a.wav\", \"file_size_bytes\": "
                                + "10}", h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/inference-jobs/{jobId}/files/confirm", StudioJobRoutes::confirm,
                        read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/inference-jobs/{jobId}/files/{fileId}", (c, p, h, r) -> c.get(
                        inference(r) + "/files/" + r.jobs().inferenceFile(), h), write,
                        200, 401, 401, 401, 403, 404, 404));
    }

    /** Confirms a fresh file of the target's owner, uploaded through its form. */
    private static Reply confirm(DoorClient client, int port, String[] headers, Resources target) {
        Map<String, Object> upload = json(client, "POST", inference(target) + "/files/upload-url",
                "{\"filename\": \"a.wav\", \"file_size_bytes\": " + ValidAudio.WAV.length + "}", owner(target))
                .json();
        Multipart form = new Multipart();
        ((Map<?, ?>) upload.get("upload_fields")).forEach((name, value) -> form.field((String) name, (String) value));
        client.post(URI.create((String) upload.get("upload_url")).getPath(), form.file("file", "a.wav",
                ValidAudio.WAV));
        return json(client, "POST", inference(target) + "/files/confirm",
                "{\"file_id\": \"" + upload.get("file_id") + "\"}", headers);
    }

    /** Uploads five minutes of audio into the dataset and waits until it is ready; returns its id. */
    private static String readyAudio(DoorClient client, String dataset, String[] auth) throws InterruptedException {
        String audio = "/api/v1/datasets/" + dataset + "/audio";
        Map<String, Object> upload = json(client, "POST", audio + "/upload-url", "{\"filename\": \"five.wav\", "
                + "\"content_type\": \"audio/wav\", \"file_size\": " + FIVE_MINUTES.length + "}", auth).json();
        Multipart form = new Multipart();
        ((Map<?, ?>) upload.get("fields")).forEach((name, value) -> form.field((String) name, (String) value));
        client.post(URI.create((String) upload.get("upload_url")).getPath(), form.file("file", "five.wav",
                FIVE_MINUTES));
        String id = (String) upload.get("audio_id");
        json(client, "POST", audio + "/confirm", "{\"audio_id\": \"" + id + "\"}", auth);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!"ready".equals(client.get(audio + "/" + id, auth).json().get("processing_status"))) {
            assertThat(System.nanoTime()).as("five minutes of audio processed within 2 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        return id;
    }

    private static String inference(Resources target) {
        return INFERENCE + "/" + target.jobs().inferenceJob();
    }
}
