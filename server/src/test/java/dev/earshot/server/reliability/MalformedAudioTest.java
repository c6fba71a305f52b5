package dev.earshot.server.reliability;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz corpus ({@link FuzzCorpus}) pushed through every door that accepts audio. Each door answers every file
 * with a status from its own documented table and never a 5xx; a refusal writes nothing; an accepted file's job
 * ends with a result or with the door's reason for bad audio, never with an internal error; no scratch file is
 * left; and the server is still healthy afterwards. All problems of a run are reported at once, one line per case.
 */
class MalformedAudioTest extends ReliabilityServerTest {

    private static final String PIPELINE = "/v1/audio_engine/pipeline";
    private static List<FuzzCase> corpus;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void corpus(@TempDir Path dir) {
        corpus = FuzzCorpus.generate(dir);
        System.out.printf("fuzz corpus: %d files, seed %d%s%n", corpus.size(), FuzzCorpus.SEED,
                FuzzCorpus.HEAVY ? ", heavy" : "");
    }

    @BeforeEach
    void healthyBefore() {
        assertThat(healthStatus()).startsWith("200");
    }

    @AfterEach
    void healthyAndTidyAfter() throws InterruptedException {
        awaitIdleJobs();
        assertThat(scratchFiles()).as("scratch files left after the corpus").isEmpty();
        assertThat(healthStatus()).as("health after the corpus").startsWith("200");
    }

    @Test
    void thePipelineDoorAnswersEveryMalformedFileWith200OrWithA400ThatWritesNothing() {
        for (FuzzCase file : corpus) {
            String before = footprint();
            Reply reply = client.post(PIPELINE, new Multipart()
                    .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                    .field("user_email", "user@example.com").field("project_name", PROJECT)
                    .file("files", file.fileName(), file.bytes()), "X-API-Key", KEY);
            if (reply.status() == 400) {
                refusedCleanly(file, reply, before, reply.json().get("detail") instanceof String);
            } else if (reply.status() != 200) {
                problem(file, "answered", reply);
            }
        }
        assertNoProblems("pipeline door (allowed: 200, or 400 with a detail and nothing written)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIngestionDoorRefusesEveryMalformedFileWithADocumented4xxOrItsJobEndsCompletedOrInvalidAudio() {
        Map<String, FuzzCase> accepted = new LinkedHashMap<>();
        for (FuzzCase file : corpus) {
            String before = footprint();
            Reply reply = client.post(INGEST, new Multipart().file("file", file.fileName(), file.bytes())
                    .field("pipeline", "transcription"), "Authorization", "Bearer " + KEY);
            if (reply.status() == 202) {
                accepted.put((String) reply.json().get("job_id"), file);
            } else if (reply.status() == 400 || reply.status() == 415) {
                Map<String, Object> error = (Map<String, Object>) reply.json().get("error");
                refusedCleanly(file, reply, before, error != null && error.get("code") instanceof String
                        && error.get("message") instanceof String);
            } else {
                problem(file, "answered", reply);
            }
        }
        accepted.forEach((jobId, file) -> {
            Map<String, Object> job = IngestFixtures.awaitFinished(client, jobId, KEY);
            Map<String, Object> error = (Map<String, Object>) job.get("error");
            boolean fine = "completed".equals(job.get("status"))
                    || "failed".equals(job.get("status")) && "invalid_audio".equals(error.get("code"));
            if (!fine) {
                problems.add(file + ": accepted, but its job " + jobId + " ended " + job.get("status") + " " + error);
            }
        });
        assertNoProblems("ingestion door (allowed: 400 or 415 writing nothing, or 202 and a job that ends "
                + "completed or failed with invalid_audio)");
    }

    @Test
    void theNoiseRemovalDoorRefusesEveryMalformedFileWith400OrItsJobEndsWithAResultOrAReason()
            throws InterruptedException {
        Map<String, FuzzCase> jobs = new LinkedHashMap<>();
        for (FuzzCase file : corpus) {
            String before = footprint();
            Reply upload = client.post("/v1/upload", new Multipart().file("file", file.fileName(), file.bytes()),
                    "x-api-key", KEY);
            if (upload.status() == 400) {
                refusedCleanly(file, upload, before, upload.json().get("error") instanceof String);
                continue;
            }
            if (upload.status() != 200) {
                problem(file, "upload answered", upload);
                continue;
            }
            Reply job = client.post("/v1/remove-noise", "application/json",
                    ("{\"fileId\": \"" + upload.json().get("fileId") + "\"}").getBytes(), "x-api-key", KEY);
            if (job.status() == 200) {
                jobs.put((String) job.json().get("jobId"), file);
            } else if (job.status() != 400) {
                problem(file, "remove-noise answered", job);
            }
        }
        for (Map.Entry<String, FuzzCase> job : jobs.entrySet()) {
            Map<String, Object> status = awaitNoiseRemoval(job.getKey(), KEY);
            if ("succeeded".equals(status.get("state"))) {
                Reply download = client.get("/v1/" + status.get("downloadPath"));
                if (download.status() != 200 || download.body().length == 0) {
                    problems.add(job.getValue() + ": succeeded, but its download answered " + download.status());
                }
            } else if (!(status.get("reason") instanceof String reason) || reason.isBlank()
                    || reason.contains("internal error")) {
                problems.add(job.getValue() + ": its job " + job.getKey() + " ended " + status);
            }
        }
        assertNoProblems("noise-removal door (allowed: an upload 400 writing nothing, or a job that ends succeeded "
                + "or failed with a reason that is not an internal error)");
    }

    private void refusedCleanly(FuzzCase file, Reply reply, String before, boolean documentedBody) {
        if (!documentedBody) {
            problem(file, "answered with a body that is not the door's error shape:", reply);
        }
        String after = footprint();
        if (!after.equals(before)) {
            problems.add(file + ": refused with " + reply.status() + " but wrote something: " + before + " -> "
                    + after);
        }
    }

    private void problem(FuzzCase file, String what, Reply reply) {
        problems.add(file + ": " + what + " " + reply);
    }

    private void assertNoProblems(String door) {
        assertThat(problems).as("%d of %d malformed files broke the %s; seed %d%s", problems.size(), corpus.size(),
                door, FuzzCorpus.SEED, FuzzCorpus.HEAVY ? ", heavy corpus" : "").isEmpty();
    }
}
