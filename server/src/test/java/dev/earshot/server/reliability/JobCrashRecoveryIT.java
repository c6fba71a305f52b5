package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.testing.SystemLibraries;
import dev.earshot.server.enhance.NoisyAudio;
import dev.earshot.server.enhance.NoiseRemovalPolling;
import dev.earshot.server.ingest.IngestFixtures;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerProcess;
import dev.earshot.server.support.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;

/**
 * The packaged server is killed with SIGKILL while it runs an ingestion job, a noise-removal job and the task of a
 * submission (seed 001, see {@link CrashSubmission}) with two more jobs queued, right after acknowledging two more
 * (their rows must have reached the disk), then started again on the same data folder: the three that were running
 * are picked up by db-scheduler once their heartbeats are missed, the queued ones start, and every job completes
 * exactly once: one success, the attempt count it should have, a result that names only its last attempt, one
 * webhook message, one download; the submission's task is done once, with one debit and its outbox delivered once.
 * The attempts the kill interrupted leave no scratch files behind. Stopped with SIGTERM instead, the server stops
 * the running job at its next checkpoint, queues it again and exits 143 in order (no crash of the native speech
 * libraries under a running call); after a restart that job too completes exactly once, on its second attempt.
 */
class JobCrashRecoveryIT {

    private static final String KEY = "crash-test-key-0123456789abcdef";
    private static final Pattern ATTEMPT = Pattern.compile("attempt-(\\d+)");
    /** One job worker more than the default two, so that the submission's task runs beside the two long jobs. */
    private static final String THREE_WORKERS = "--db-scheduler.threads=3";

    @Test
    void jobsKilledMidwayAndJobsStillQueuedAllCompleteExactlyOnceAfterARestart() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), "crash-"
                + System.nanoTime()));
        Map<String, Integer> attempts = new LinkedHashMap<>();
        String longCall;
        String longNoise;
        CrashSubmission submission = CrashSubmission.prepare(home, KEY);
        try (ServerProcess first = start(home, THREE_WORKERS)) {
            DoorClient client = new DoorClient(first.port());
            longCall = ingest(client, IngestFixtures.repeatedSpeech(6));
            longNoise = removeNoise(client, NoisyAudio.wav(300));
            submission.submit(client, IngestFixtures.repeatedSpeech(8));
            attempts.put(longCall, 2);
            attempts.put(longNoise, 2);
            attempts.put(ingest(client, IngestFixtures.repeatedSpeech(2)), 1);
            attempts.put(removeNoise(client, NoisyAudio.wav(20)), 1);

            awaitBothRunning(client, longCall, longNoise);
            submission.awaitProcessing(client);
            attempts.put(removeNoise(client, NoisyAudio.wav(5)), 1);
            attempts.put(ingest(client, IngestFixtures.repeatedSpeech(1)), 1);
            first.kill();
        }

        try (ServerProcess second = start(home, THREE_WORKERS)) {
            DoorClient client = new DoorClient(second.port());
            for (String id : attempts.keySet()) {
                Reply seen = client.get((id.startsWith("job_") ? "/v1/jobs/" : "/v1/remove-noise/") + id
                        + (id.startsWith("job_") ? "" : "/status"), "X-Api-Key", KEY);
                assertThat(seen.status()).as("job %s, acknowledged before the kill, after the restart: %s", id, seen)
                        .isEqualTo(200);
            }
            for (String id : attempts.keySet()) {
                if (id.startsWith("job_")) {
                    Map<String, Object> job = IngestFixtures.awaitJob(client, id, KEY, j -> !List.of("queued",
                            "processing").contains(j.get("status")), Duration.ofMinutes(4));
                    assertThat(job.get("status")).as(job.toString()).isEqualTo("completed");
                } else {
                    Map<String, Object> status = NoiseRemovalPolling.awaitFinished(client, id, KEY,
                            Duration.ofMinutes(4));
                    assertThat(status.get("state")).as(status.toString()).isEqualTo("succeeded");
                    assertThat(client.get("/v1/" + status.get("downloadPath")).body()).isNotEmpty();
                }
            }
            submission.awaitDone(client);
            String text = client.get("/v1/jobs/" + longCall + "/transcript?format=txt", "X-Api-Key", KEY).text();
            assertThat(text.toLowerCase()).contains("weather", "report");
            if (OS.current() == OS.LINUX) {
                assertThat(SystemLibraries.forbiddenInProcess(second.pid())).as("system libraries off "
                        + "SystemLibraries.ALLOWED mapped by the packaged server; a fresh machine may lack them")
                        .isEmpty();
            }
        }

        try (HomeDatabase db = HomeDatabase.open(home)) {
            assertThat(db.count("jobs")).isEqualTo(attempts.size() + 1);
            submission.assertCompletedOnce(db);
            for (Map<String, Object> job : db.rows("select id, kind, state, attempts, result from jobs where id <> '"
                    + submission.jobId(db) + "'")) {
                String id = (String) job.get("id");
                assertThat(job.get("state")).as(id).isEqualTo("SUCCEEDED");
                assertThat(job.get("attempts")).as("attempts of %s", id).isEqualTo(attempts.get(id));
                Matcher named = ATTEMPT.matcher((String) job.get("result"));
                while (named.find()) {
                    assertThat(Integer.parseInt(named.group(1))).as("attempt named by the result of %s", id)
                            .isEqualTo(attempts.get(id));
                }
                String events = id.startsWith("job_") ? "webhook_messages" : "enhance_downloads";
                assertThat(db.rows("select * from " + events + " where job_id = '" + id + "'"))
                        .as("%s of %s", events, id).hasSize(1);
            }
        }
        assertThat(Leftovers.scratch(home, home.resolve("tomcat"))).as("scratch files after the crash").isEmpty();
    }

    @Test
    void aJobStoppedBySigtermIsQueuedAgainAndCompletesExactlyOnceAfterARestart() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("earshot.test-homes"), "term-"
                + System.nanoTime()));
        String call;
        int status;
        try (ServerProcess first = start(home)) {
            DoorClient client = new DoorClient(first.port());
            call = ingest(client, IngestFixtures.repeatedSpeech(20));
            IngestFixtures.awaitJob(client, call, KEY, job -> "processing".equals(job.get("status"))
                    && ((Number) job.get("progress_percent")).intValue() >= 5, Duration.ofMinutes(2));
            status = first.terminate(Duration.ofSeconds(40));
        }
        String stopped = Files.readString(home.resolve("server.log"));
        assertThat(status).as(stopped).isEqualTo(143);
        assertThat(stopped).contains("SIGTERM: stopping").doesNotContain("A fatal error has been detected");

        try (ServerProcess second = start(home)) {
            Map<String, Object> job = IngestFixtures.awaitJob(new DoorClient(second.port()), call, KEY,
                    j -> !List.of("queued", "processing").contains(j.get("status")), Duration.ofMinutes(4));
            assertThat(job.get("status")).as(job.toString()).isEqualTo("completed");
        }
        try (HomeDatabase db = HomeDatabase.open(home)) {
            Map<String, Object> row = db.rows("select attempts, result from jobs where id = '" + call + "'").get(0);
            assertThat(row.get("attempts")).isEqualTo(2);
            assertThat((String) row.get("result")).contains("attempt-2").doesNotContain("attempt-1");
        }
    }

    /**
     * The packaged server on {@code home}, with heartbeats short enough for a quick recovery, the submissions door's
     * rate limit out of the way of polling, and {@code more}.
     */
    private static ServerProcess start(Path home, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--earshot.bootstrap.api-key=" + KEY,
                "--server.tomcat.basedir=" + home.resolve("tomcat"), "--earshot.outbound.allowed-hosts=127.0.0.1",
                "--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4",
                "--db-scheduler.polling-interval=500ms",
                "--earshot.submissions.rate-limit-per-minute=" + ServerTest.SUBMISSIONS_RATE_LIMIT));
        arguments.addAll(List.of(more));
        return ServerProcess.start(home, home.resolve("server.log"), arguments.toArray(String[]::new));
    }

    /** A transcription job with a webhook (to a closed port: the message is kept and retried). */
    private static String ingest(DoorClient client, byte[] speech) {
        Reply accepted = client.post(IngestFixtures.INGEST, new Multipart().file("file", "call.wav", speech)
                .field("pipeline", "transcription").field("webhook_url", "https://127.0.0.1:9/hook"),
                "Authorization", "Bearer " + KEY);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return (String) accepted.json().get("job_id");
    }

    private static String removeNoise(DoorClient client, byte[] wav) {
        Reply upload = client.post("/v1/upload", new Multipart().file("file", "noisy.wav", wav), "x-api-key", KEY);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        Reply job = client.post("/v1/remove-noise", "application/json",
                ("{\"fileId\": \"" + upload.json().get("fileId") + "\"}").getBytes(), "x-api-key", KEY);
        assertThat(job.status()).as(job.toString()).isEqualTo(200);
        return (String) job.json().get("jobId");
    }

    /** Waits until the transcription has begun and the noise removal is cleaning, with neither done. */
    private static void awaitBothRunning(DoorClient client, String call, String noise) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, Object> job = Map.of();
        Map<String, Object> status = Map.of();
        while (Instant.now().isBefore(end)) {
            job = client.get("/v1/jobs/" + call, "X-Api-Key", KEY).json();
            status = client.get("/v1/remove-noise/" + noise + "/status", "X-Api-Key", KEY).json();
            if ("processing".equals(job.get("status")) && ((Number) job.get("progress_percent")).intValue() >= 5
                    && "in_progress".equals(status.get("state")) && ((Number) status.get("percent")).intValue() >= 10) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the two long jobs were never running together; last seen " + job + " and " + status);
    }
}
