package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.enhance.NoisyAudio;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged server started with FFmpeg broken on purpose: JavaCPP, which unpacks FFmpeg's libraries, is given no
 * folder it can create for its cache. It tries three in turn (the system property
 * {@code org.bytedeco.javacpp.cachedir}, {@code ~/.javacpp/cache} and {@code <java.io.tmpdir>/.javacpp-<user>/cache});
 * each lies under a regular file here, where not even root can make a folder. ONNX Runtime and Vosk unpack into the
 * temporary folder, which stays usable, so they work. Health says FFmpeg is DOWN and why, each door answers the
 * requests that need FFmpeg with 503 in its own body, the rest works, a job queued before waits with its attempts
 * untouched, and the key and project commands work with the same setting.
 */
class BrokenNativeLibraryIT {

    private static final String KEY = "native-check-key-0123456789abcdef";
    private static final String DOWN_LINE = "Native self-check: ffmpeg is DOWN";

    @Test
    void healthSaysWhyFfmpegIsDownAndEveryDoorThatNeedsItAnswers503InItsOwnBody() throws Exception {
        Path home = home("broken-");
        String queued = queueNoiseRemovalWithoutRunningIt(home);
        Instant started = Instant.now();
        Path log = home.resolve("broken.log");
        try (ServerProcess server = ServerProcess.startAnswering(brokenFfmpeg(home), home, log, arguments(home))) {
            Instant answered = Instant.now();
            DoorClient client = new DoorClient(server.port());

            assertHealth(client.get("/actuator/health"));
            assertDoorsThatNeedFfmpegAnswer503(client);
            assertOtherRoutesWork(client, queued);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), answered.plusSeconds(3)).toMillis()));
        }

        String written = Files.readString(log);
        assertThat(written.split(DOWN_LINE, -1)).as("start log").hasSize(2);
        assertThat(written).contains("org.bytedeco.javacpp.cachedir").doesNotContain("sileroVad is DOWN")
                .doesNotContain("vosk is DOWN").doesNotContain("error id");
        assertQueuedJobWaitedWithItsAttemptsUntouched(home, queued, started);
    }

    @Test
    void keyAndProjectCommandsWorkWithFfmpegBroken() throws Exception {
        Path home = home("commands-");
        List<String> broken = brokenFfmpeg(home);

        ServerProcess.Command project = ServerProcess.command(broken, home, "projects", "create", "studio");
        ServerProcess.Command key = ServerProcess.command(broken, home, "keys", "create", "--project", "studio",
                "--scopes", "audio:read", "--name", "ci");
        ServerProcess.Command keys = ServerProcess.command(broken, home, "keys", "list");

        assertThat(project.status()).as(project.output()).isZero();
        assertThat(project.output()).contains("Created project studio");
        assertThat(key.status()).as(key.output()).isZero();
        Matcher prefix = Pattern.compile("Created key \\S+ \\(prefix (\\S+),").matcher(key.output());
        assertThat(prefix.find()).as(key.output()).isTrue();
        assertThat(keys.status()).as(keys.output()).isZero();
        assertThat(keys.output()).contains(prefix.group(1), "audio:read", "studio");
        assertThat(project.output() + key.output() + keys.output()).doesNotContain("Native self-check");
    }

    /** JVM options under which JavaCPP finds no cache folder it can create (see the class comment). */
    private static List<String> brokenFfmpeg(Path home) throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "folders cannot be made under a regular file");
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Files.writeString(tmp.resolve(".javacpp-" + System.getProperty("user.name")), "not a folder");
        return List.of("-Dorg.bytedeco.javacpp.cachedir=" + file.resolve("cache"), "-Duser.home=" + file.resolve("home"),
                "-Djava.io.tmpdir=" + tmp);
    }

    /**
     * A noise-removal job submitted to a server whose scheduler stays idle, so it is still queued afterwards (its health
     * is 503 all along: db-scheduler's own component is DOWN while the scheduler does not run).
     */
    private static String queueNoiseRemovalWithoutRunningIt(Path home) throws Exception {
        try (ServerProcess idle = ServerProcess.startAnswering(List.of(), home, home.resolve("idle.log"),
                arguments(home, "--earshot.jobs.execute=false"))) {
            DoorClient client = new DoorClient(idle.port());
            Reply upload = client.post("/v1/upload", new Multipart().file("file", "noisy.wav", NoisyAudio.wav(1)),
                    "x-api-key", KEY);
            assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
            Reply job = client.post("/v1/remove-noise", "application/json",
                    ("{\"fileId\": \"" + upload.json().get("fileId") + "\"}").getBytes(), "x-api-key", KEY);
            assertThat(job.status()).as(job.toString()).isEqualTo(200);
            return (String) job.json().get("jobId");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertHealth(Reply health) {
        assertThat(health.status()).as(health.toString()).isEqualTo(503);
        Map<String, Object> components = (Map<String, Object>) health.json().get("components");
        Map<String, Object> ffmpeg = (Map<String, Object>) components.get("ffmpeg");
        assertThat(health.json()).containsEntry("status", "DOWN");
        assertThat(ffmpeg).containsEntry("status", "DOWN").containsOnlyKeys("status", "description");
        assertThat((String) ffmpeg.get("description"))
                .startsWith("FFmpeg cannot be loaded: JavaCPP could create no folder for its cache")
                .contains("-Dorg.bytedeco.javacpp.cachedir=<a writable folder>");
        assertThat(components.get("sileroVad")).isEqualTo(Map.of("status", "UP"));
        assertThat(components.get("vosk")).isEqualTo(Map.of("status", "UP"));
        assertThat(components.get("db")).isEqualTo(Map.of("status", "UP"));
    }

    @SuppressWarnings("unchecked")
    private static void assertDoorsThatNeedFfmpegAnswer503(DoorClient client) {
        byte[] wav = NoisyAudio.wav(1);
        Reply pipeline = client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"noise_reduce\",\"params\":{}}]")
                .field("user_email", "user@example.com").field("project_name", "default")
                .file("files", "noisy.wav", wav), "X-API-Key", KEY);
        Reply ingest = client.post(IngestFixtures.INGEST, new Multipart().file("file", "call.wav", wav)
                .field("pipeline", "transcription"), "Authorization", "Bearer " + KEY);
        Reply upload = client.post("/v1/upload", new Multipart().file("file", "noisy.wav", wav), "x-api-key", KEY);
        Reply removeNoise = client.post("/v1/remove-noise", "application/json",
                "{\"input\": \"https://example.com/a.wav\"}".getBytes(), "x-api-key", KEY);

        for (Reply reply : List.of(pipeline, ingest, upload, removeNoise)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.text()).contains("not available on this server: FFmpeg cannot be loaded: JavaCPP")
                    .doesNotContain("error id");
        }
        assertThat(pipeline.json()).containsOnlyKeys("detail");
        Map<String, Object> error = (Map<String, Object>) ingest.json().get("error");
        assertThat(error).containsEntry("code", "service_unavailable").containsOnlyKeys("code", "message");
        assertThat(upload.json()).containsOnlyKeys("error");
        assertThat(removeNoise.json().get("error")).isInstanceOf(String.class);
        assertThat(client.post("/v1/audio_engine/pipeline", new Multipart(), "X-API-Key", "wrong-key").status())
                .as("the key is checked first").isEqualTo(403);
    }

    private static void assertOtherRoutesWork(DoorClient client, String queued) {
        assertThat(client.get("/v1/remove-noise/" + queued + "/status", "x-api-key", KEY).json())
                .isEqualTo(Map.of("state", "queued", "jobsAhead", 0));
        assertThat(client.get("/v1/jobs/job_" + UUID.randomUUID(), "X-Api-Key", KEY).status()).isEqualTo(404);
        assertThat(client.get("/v1/response/" + UUID.randomUUID(), "X-API-Key", KEY).status()).isEqualTo(404);
        assertThat(client.get("/actuator/prometheus").status()).isEqualTo(200);
    }

    /**
     * The scheduler picked the job (the server polls every 500 ms and answered at least 3 s before it stopped), found
     * FFmpeg DOWN and put the execution back for later: no attempt, no failure.
     */
    private static void assertQueuedJobWaitedWithItsAttemptsUntouched(Path home, String jobId, Instant started)
            throws Exception {
        try (HomeDatabase db = HomeDatabase.open(home)) {
            Map<String, Object> job = db.rows("select state, attempts from jobs where id = '" + jobId + "'").get(0);
            Map<String, Object> execution = db.rows("select execution_time, last_success, consecutive_failures "
                    + "from scheduled_tasks where task_instance = '" + jobId + "'").get(0);
            assertThat(job).containsEntry("state", "QUEUED").containsEntry("attempts", 0);
            assertThat(execution.get("last_success")).as("the waiting execution completed").isNotNull();
            assertThat(execution.get("consecutive_failures")).isEqualTo(0);
            assertThat(((OffsetDateTime) execution.get("execution_time")).toInstant())
                    .as("offered again 15 to 45 s after it was picked").isAfter(started.plusSeconds(15));
        }
    }

    private static Path home(String prefix) throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), prefix + System.nanoTime()));
    }

    private static String[] arguments(Path home, String... more) {
        List<String> all = new ArrayList<>(List.of("--earshot.bootstrap.api-key=" + KEY,
                "--server.tomcat.basedir=" + home.resolve("tomcat"), "--db-scheduler.polling-interval=500ms"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
