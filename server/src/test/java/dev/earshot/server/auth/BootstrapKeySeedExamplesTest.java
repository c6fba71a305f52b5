package dev.earshot.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.server.enhance.NoiseRemovalPolling;
import dev.earshot.server.enhance.NoisyAudio;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.Commands;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import dev.earshot.server.system.EarshotHome;
import dev.earshot.server.testing.OnH2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A server on the default bootstrap (no key or project set), and the seed examples of doors 004, 000 and 003 sent
 * as printed, with only host and key changed: the key is the one first start wrote to {@code bootstrap-api-key}.
 * Seed 004 names {@code project_name=my-project}, a project nobody created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"db-scheduler.polling-interval=100ms"})
@OnH2
class BootstrapKeySeedExamplesTest {

    private static final String PIPELINE = "/v1/audio_engine/pipeline";
    private static final String HTTPX_EXAMPLE = """
            import httpx
            import json

            pipeline_components = [
                {"component_id": "noise_reduce", "params": {"noise_estimation_duration_sec": 0.5}},
            ]
            files = {"files": open("input.wav", "rb")}
            data = {
                "components": json.dumps(pipeline_components),
                "user_email": "user@example.com",
                "project_name": "my-project",
            }
            r = httpx.post(
                "http://localhost:8000/v1/audio_engine/pipeline",
                headers={"X-API-Key": "YOUR_API_KEY"},
                data=data,
                files=files,
                timeout=300.0,
            )
            r.raise_for_status()
            print(r.json())
            """;
    private static final String NOISE_REDUCE =
            "[{\"component_id\":\"noise_reduce\",\"params\":{\"noise_estimation_duration_sec\":0.5}}]";

    @LocalServerPort
    int port;
    @Autowired
    EarshotHome home;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    ApiKeys apiKeys;
    @TempDir
    Path dir;

    DoorClient client;
    String key;

    @BeforeEach
    void readTheKeyPrintedAtFirstStart() throws IOException {
        client = new DoorClient(port);
        key = Files.readString(home.root().resolve("bootstrap-api-key")).strip();
    }

    @AfterEach
    void awaitIdleJobs() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end && jdbc.sql("select count(*) from jobs where state in ('QUEUED', 'RUNNING')")
                .query(Long.class).single() > 0) {
            Thread.sleep(100);
        }
    }

    @Test
    void theSeed004CurlExampleRunsAsPrintedAndCreatesTheProjectItNames() throws Exception {
        assumeTrue(Commands.works("curl", "--version"), "curl is not installed");
        Path input = Files.write(dir.resolve("input.wav"), TestAudio.toneWav(2, 16_000, 2, 1.0));

        String out = Commands.run("curl", "-sS", "-X", "POST", "http://localhost:" + port + PIPELINE,
                "-H", "X-API-Key: " + key,
                "-F", "components=" + NOISE_REDUCE,
                "-F", "user_email=user@example.com",
                "-F", "project_name=my-project",
                "-F", "files=@" + input);

        assertThat(out).contains("\"status\":\"COMPLETED\"", "\"final_output_url\":\"http://localhost:" + port);
        assertThat(projects.findByName("my-project")).isPresent();
    }

    @Test
    void theSeed004HttpxExampleRunsUnchangedButForHostAndKey() throws Exception {
        assumeTrue(Commands.works("python3", "-c", "import httpx"), "python3 with httpx is not installed");
        Files.write(dir.resolve("input.wav"), TestAudio.toneWav(2, 16_000, 2, 1.0));
        Path script = Files.writeString(dir.resolve("example.py"), HTTPX_EXAMPLE
                .replace("http://localhost:8000", "http://localhost:" + port).replace("YOUR_API_KEY", key));

        String out = Commands.runIn(dir, "python3", script.toString());

        assertThat(out).contains("'status': 'COMPLETED'", "'component_ids': ['noise_reduce']");
    }

    @Test
    void theSeed004SpeechDurationAndChainedExamplesRunAsPrinted() {
        Reply speech = pipeline(key, "my-project",
                "[{\"component_id\":\"speech_duration_measurement\",\"params\":{\"threshold\":0.5}}]");
        Reply chained = pipeline(key, "my-project", """
                [{"component_id": "noise_reduce", "params": {"noise_estimation_duration_sec": 0.5}},
                 {"component_id": "speech_duration_measurement", "params": {"threshold": 0.5,
                  "min_speech_duration_ms": 250, "min_silence_duration_ms": 100, "speech_pad_ms": 30}}]""");

        assertThat(speech.status()).as(speech.toString()).isEqualTo(200);
        assertThat(chained.status()).as(chained.toString()).isEqualTo(200);
        assertThat(chained.text()).contains("speech_duration_seconds");
    }

    @Test
    void theSeed000CurlExampleIsAcceptedAndItsJobIsReadWithTheSameKey() {
        Reply accepted = client.post(IngestFixtures.INGEST, new Multipart()
                .file("file", "call-recording.mp3", TestAudio.mp3(3, 16_000, dir))
                .field("pipeline", "full-analysis").field("language", "en-US")
                .field("metadata", "{\"agent_id\": \"AGT-42\", \"call_type\": \"support\"}"),
                "Authorization", "Bearer " + key);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        Map<String, Object> job = IngestFixtures.awaitFinished(client, (String) accepted.json().get("job_id"), key);
        assertThat(job.get("status")).as(job.toString()).isEqualTo("completed");
    }

    @Test
    void theSeed003ExamplesUploadRemoveNoisePollAndDownloadWithTheKey() {
        Reply uploaded = client.post("/v1/upload", new Multipart().file("file", "myaudio.wav", NoisyAudio.wav(2)),
                "x-api-key", key);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

        Reply submitted = client.post("/v1/remove-noise", "application/x-www-form-urlencoded",
                ("{\"fileId\": \"" + uploaded.json().get("fileId") + "\"}").getBytes(StandardCharsets.UTF_8),
                "x-api-key", key);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        Map<String, Object> status = NoiseRemovalPolling.awaitFinished(client, (String) submitted.json().get("jobId"),
                key, Duration.ofMinutes(2));
        assertThat(status).as(status.toString()).containsEntry("state", "succeeded");
        assertThat(client.get("/v1/" + status.get("downloadPath")).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminKeyOfEveryProjectCreatesAProjectOnFirstUse() {
        String defaultId = projects.findByName("default").orElseThrow().id();
        String boundAdmin = apiKeys.create("bound-admin", null, Set.of(Scopes.ADMIN), List.of(defaultId)).plainKey();
        String writer = apiKeys.create("writer", null, Set.of(Scopes.AUDIO_WRITE), List.of(defaultId)).plainKey();

        Reply bound = pipeline(boundAdmin, "bound-admins-project", NOISE_REDUCE);
        Reply plain = pipeline(writer, "writers-project", NOISE_REDUCE);
        Reply badName = pipeline(key, "not a project name", NOISE_REDUCE);
        Reply everyProject = pipeline(key, "admins-project", NOISE_REDUCE);

        assertThat(bound.status()).as(bound.toString()).isEqualTo(403);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(403);
        assertThat(badName.status()).as(badName.toString()).isEqualTo(403);
        assertThat(everyProject.status()).as(everyProject.toString()).isEqualTo(200);
        assertThat(projects.list()).extracting(Project::name)
                .contains("admins-project").doesNotContain("bound-admins-project", "writers-project");
        assertThat(pipeline(writer, "admins-project", NOISE_REDUCE).status()).isEqualTo(403);
    }

    @Test
    void workSentWithoutAProjectNameIsFiledUnderTheDefaultProject() {
        Reply uploaded = client.post("/v1/upload", new Multipart().file("file", "a.wav", NoisyAudio.wav(1)),
                "x-api-key", key);

        String projectId = jdbc.sql("select project_id from enhance_uploads where id = ?")
                .param(uploaded.json().get("fileId")).query(String.class).single();
        assertThat(projects.findById(projectId).orElseThrow().name()).isEqualTo("default");
    }

    private Reply pipeline(String apiKey, String project, String components) {
        Multipart form = new Multipart().field("components", components)
                .field("user_email", "user@example.com").field("project_name", project)
                .file("files", "input.wav", "audio/x-wav", TestAudio.toneWav(1, 16_000, 1, 0));
        return client.post(PIPELINE, form, "X-API-Key", apiKey);
    }
}
