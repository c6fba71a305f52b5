package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerProcess;
import dev.earshot.server.support.TestAudio;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The packaged server is killed with SIGKILL while a studio training job trains, started again on the same data
 * folder, and the job completes once: one success on its second attempt, one model row (the model of the job), its
 * detector blob; then killed while an inference file is processed, started again, and the file completes once: one
 * set of detections, its job a success on its second attempt, the inference job's counters adding up.
 */
class StudioJobCrashRecoveryIT {

    private static final String KEY = "studio-crash-key-0123456789abcdef";
    private static final String BUILT_IN = "00000000-0000-4000-8000-0000000000b1";
    private static final List<String> TYPES = List.of("click", "hum", "long_pause");
    private static final AudioFormat FORMAT = new AudioFormat(16_000, 1);

    @Test
    @SuppressWarnings("unchecked")
    void trainingAndInferenceKilledMidwayEachCompleteExactlyOnceAfterARestart() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), "studio-crash-"
                + System.nanoTime()));
        String training;
        try (ServerProcess first = start(home)) {
            DoorClient client = new DoorClient(first.port());
            String dataset = dataset(client);
            String set = labelled(client, dataset, 12, 60);
            training = (String) send(client, "POST", "/api/v1/training-jobs", "{\"dataset_id\": \"" + dataset
                    + "\", \"annotation_set_id\": \"" + set + "\", \"config\": {\"artifact_types\": [\"click\", "
                    + "\"hum\", \"long_pause\"], \"epochs\": 100, \"chunk_size_ms\": 400, \"stride_ms\": 100}}", 201)
                    .get("id");
            await(client, "/api/v1/training-jobs/" + training, job -> "training".equals(job.get("status"))
                    && ((Number) job.get("progress")).doubleValue() >= 0.05, Duration.ofMinutes(3));
            first.kill();
        }
        String inference;
        String file;
        try (ServerProcess second = start(home)) {
            DoorClient client = new DoorClient(second.port());
            Map<String, Object> job = await(client, "/api/v1/training-jobs/" + training,
                    j -> List.of("completed", "failed", "cancelled").contains(j.get("status")), Duration.ofMinutes(5));
            assertThat(job).as(job.toString()).containsEntry("status", "completed");
            inference = (String) send(client, "POST", "/api/v1/inference-jobs", "{\"model_id\": \"" + BUILT_IN
                    + "\"}", 201).get("id");
            file = inferenceFile(client, inference, wav(audio(600, 77)));
            await(client, "/api/v1/inference-jobs/" + inference + "/files/" + file,
                    f -> "processing".equals(f.get("status")), Duration.ofMinutes(2));
            Thread.sleep(300);
            second.kill();
        }
        try (ServerProcess third = start(home)) {
            DoorClient client = new DoorClient(third.port());
            Map<String, Object> done = await(client, "/api/v1/inference-jobs/" + inference + "/files/" + file,
                    f -> List.of("completed", "failed").contains(f.get("status")), Duration.ofMinutes(5));
            assertThat(done).as(done.toString()).containsEntry("status", "completed");
            assertThat((List<?>) done.get("detections")).hasSize(((Number) done.get("detection_count")).intValue());
            Map<String, Object> job = send(client, "GET", "/api/v1/inference-jobs/" + inference, null, 200);
            assertThat(job).containsEntry("status", "completed").containsEntry("total_files", 1)
                    .containsEntry("processed_files", 1).containsEntry("failed_files", 0)
                    .containsEntry("total_detections", done.get("detection_count"));
        }
        try (HomeDatabase db = HomeDatabase.open(home)) {
            assertThat(db.rows("select state, attempts, result from jobs where id = 'studiotrain_" + training + "'"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("state")).isEqualTo("SUCCEEDED");
                        assertThat(row.get("attempts")).isEqualTo(2);
                        assertThat((String) row.get("result")).contains("attempt-2").doesNotContain("attempt-1");
                    });
            assertThat(db.rows("select id, detector_key from studio_models where training_job_id = '" + training
                    + "'")).hasSize(1);
            assertThat(db.rows("select status from studio_training_jobs where id = '" + training + "'"))
                    .singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("completed"));
            assertThat(db.rows("select state, attempts from jobs where id = 'studioinfer_" + file + "'"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("state")).isEqualTo("SUCCEEDED");
                        assertThat(row.get("attempts")).isEqualTo(2);
                    });
        }
        assertThat(Leftovers.scratch(home, home.resolve("tomcat"))).as("scratch files after the crashes").isEmpty();
    }

    private static ServerProcess start(Path home) throws Exception {
        return ServerProcess.start(home, home.resolve("server.log"), "--earshot.bootstrap.api-key=" + KEY,
                "--server.tomcat.basedir=" + home.resolve("tomcat"), "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4", "--db-scheduler.polling-interval=500ms");
    }

    private static String dataset(DoorClient client) {
        return (String) send(client, "POST", "/api/v1/datasets", "{\"name\": \"crash\", \"artifact_types\": ["
                + "{\"name\": \"click\"}, {\"name\": \"hum\"}, {\"name\": \"long_pause\"}]}", 201).get("id");
    }

    /** {@code files} files of generated speech with the types injected, ready, labelled in a published set. */
    @SuppressWarnings("unchecked")
    private static String labelled(DoorClient client, String dataset, int files, double seconds) throws Exception {
        String audio = "/api/v1/datasets/" + dataset + "/audio";
        List<String> annotations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            InjectedAudio injected = audio(seconds, i + 1);
            byte[] wav = wav(injected);
            Map<String, Object> upload = send(client, "POST", audio + "/upload-url", "{\"filename\": \"f" + i
                    + ".wav\", \"content_type\": \"audio/wav\", \"file_size\": " + wav.length + "}", 200);
            post(client, (String) upload.get("upload_url"), (Map<String, String>) upload.get("fields"), wav);
            String id = (String) upload.get("audio_id");
            send(client, "POST", audio + "/confirm", "{\"audio_id\": \"" + id + "\"}", 200);
            ids.add(id);
            for (ArtifactEvent label : injected.labels()) {
                annotations.add("{\"audio_file_id\": \"" + id + "\", \"artifact_type\": \"" + label.type()
                        + "\", \"start_ms\": " + label.startMs() + ", \"end_ms\": " + label.endMs() + "}");
            }
        }
        for (String id : ids) {
            await(client, audio + "/" + id, a -> "ready".equals(a.get("processing_status")), Duration.ofMinutes(2));
        }
        String sets = "/api/v1/datasets/" + dataset + "/annotation-sets";
        String set = (String) send(client, "POST", sets, null, 201).get("id");
        send(client, "POST", sets + "/" + set + "/annotations/bulk", "{\"annotations\": ["
                + String.join(", ", annotations) + "]}", 201);
        send(client, "POST", sets + "/" + set + "/publish", null, 200);
        return set;
    }

    @SuppressWarnings("unchecked")
    private static String inferenceFile(DoorClient client, String job, byte[] wav) {
        String files = "/api/v1/inference-jobs/" + job + "/files";
        Map<String, Object> upload = send(client, "POST", files + "/upload-url", "{\"filename\": \"long.wav\", "
                + "\"file_size_bytes\": " + wav.length + "}", 200);
        post(client, (String) upload.get("upload_url"), (Map<String, String>) upload.get("upload_fields"), wav);
        String id = (String) upload.get("file_id");
        send(client, "POST", files + "/confirm", "{\"file_id\": \"" + id + "\"}", 200);
        return id;
    }

    private static InjectedAudio audio(double seconds, long seed) {
        return ArtifactInjection.generated(FORMAT, seconds, ArtifactInjection.plan(TYPES, 3, seconds, 2, seed), seed);
    }

    private static byte[] wav(InjectedAudio audio) {
        return TestAudio.wav(audio.samples(), FORMAT.sampleRate(), FORMAT.channels());
    }

    private static void post(DoorClient client, String url, Map<String, String> fields, byte[] wav) {
        Multipart form = new Multipart();
        fields.forEach(form::field);
        Reply stored = client.post(URI.create(url).getPath(), form.file("file", "a.wav", wav));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(204);
    }

    private static Map<String, Object> send(DoorClient client, String method, String path, String body, int status) {
        Reply reply = client.send(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "X-API-Key", KEY);
        assertThat(reply.status()).as(method + " " + path + ": " + reply).isEqualTo(status);
        return reply.json();
    }

    private static Map<String, Object> await(DoorClient client, String path, Predicate<Map<String, Object>> done,
                                             Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        Map<String, Object> seen = Map.of();
        while (Instant.now().isBefore(end)) {
            seen = send(client, "GET", path, null, 200);
            if (done.test(seen)) {
                return seen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never got there; last seen " + seen);
    }
}
