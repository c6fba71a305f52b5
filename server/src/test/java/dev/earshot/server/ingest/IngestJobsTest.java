package dev.earshot.server.ingest;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.jobs.JobEventBody;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** A job's life seen through {@code GET /v1/jobs/{job_id}} and the result reads under it. */
class IngestJobsTest extends IngestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Projects projects;

    @Autowired
    JobQueue queue;

    @Autowired
    List<JobEventBody> eventBodies;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void aTranscriptionJobCompletesWithItsFieldsItsTranscriptAndItsSpeakers() {
        String id = submit(new Multipart().file("file", "speech.wav", IngestFixtures.speechWav())
                .field("pipeline", "transcription").field("language", "en-GB")
                .field("metadata", "{\"agent_id\": \"AGT-7\", \"tags\": [\"vip\"], \"score\": 4.5}"));

        Map<String, Object> job = IngestFixtures.awaitFinished(client, id, KEY);

        assertThat(job).containsOnlyKeys("job_id", "status", "pipeline", "language", "metadata", "file",
                "created_at", "started_at", "completed_at", "progress_percent", "queue_position",
                "estimated_completion", "error", "results");
        assertThat(job).containsEntry("job_id", id).containsEntry("status", "completed")
                .containsEntry("pipeline", "transcription").containsEntry("language", "en-GB")
                .containsEntry("progress_percent", 100).containsEntry("queue_position", null)
                .containsEntry("estimated_completion", null).containsEntry("error", null);
        assertThat(job.get("metadata")).isEqualTo(Map.of("agent_id", "AGT-7", "tags", List.of("vip"), "score", 4.5));
        Instant created = Instant.parse((String) job.get("created_at"));
        Instant started = Instant.parse((String) job.get("started_at"));
        Instant completed = Instant.parse((String) job.get("completed_at"));
        assertThat(started).isAfterOrEqualTo(created);
        assertThat(completed).isAfterOrEqualTo(started);
        Map<String, Object> results = (Map<String, Object>) job.get("results");
        assertThat(results).containsOnlyKeys("transcript", "speakers");
        Map<String, Object> transcript = (Map<String, Object>) results.get("transcript");
        assertThat(transcript).containsEntry("status", "available").containsEntry("language", "en")
                .containsEntry("url", "http://localhost:" + port + "/v1/jobs/" + id + "/transcript");
        assertThat((Integer) transcript.get("word_count")).isBetween(18, 24);
        assertThat((Map<String, Object>) transcript.get("formats")).containsOnlyKeys("json", "txt", "srt", "vtt")
                .containsEntry("srt", "http://localhost:" + port + "/v1/jobs/" + id + "/transcript?format=srt");
        assertThat((Map<String, Object>) results.get("speakers")).containsEntry("status", "available")
                .containsEntry("speaker_count", 1)
                .containsEntry("url", "http://localhost:" + port + "/v1/jobs/" + id + "/speakers");
        assertThat((Map<String, Object>) ((Map<String, Object>) results.get("speakers")).get("formats"))
                .containsOnlyKeys("json", "rttm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTranscriptIsReadInEveryFormatWithItsContentType() {
        String id = completedJob("transcription");
        String base = "/v1/jobs/" + id + "/transcript";

        DoorClient.Reply json = read(base + "?format=json");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        Map<String, Object> transcript = json.json();
        assertThat(transcript).containsKeys("language", "text", "words", "utterances");
        assertThat(((String) transcript.get("text"))).contains(IngestFixtures.SPEECH_WORDS);
        assertThat((List<Object>) transcript.get("words")).hasSizeGreaterThan(15);

        DoorClient.Reply txt = read(base + "?format=txt");
        assertThat(txt.header("Content-Type")).startsWith("text/plain");
        assertThat(txt.text().lines().count()).isEqualTo(3);
        assertThat(txt.text()).contains("the weather is nice today");

        DoorClient.Reply srt = read(base + "?format=srt");
        assertThat(srt.header("Content-Type")).startsWith("application/x-subrip");
        assertThat(srt.text()).startsWith("1\n00:00:0").containsPattern("\\d\\d:\\d\\d:\\d\\d,\\d{3} --> ");
        assertThat(srt.header("Content-Disposition")).contains("filename=\"" + id + ".srt\"");

        DoorClient.Reply vtt = read(base + "?format=vtt");
        assertThat(vtt.header("Content-Type")).startsWith("text/vtt");
        assertThat(vtt.text()).startsWith("WEBVTT\n\n").containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} --> ");

        assertThat(read(base).header("Content-Type")).as("json by default").startsWith("application/json");
        assertThat(read(base, "Accept", "text/vtt").text()).startsWith("WEBVTT");
        assertThat(read(base, "Accept", "application/x-subrip;q=0.5, text/plain").header("Content-Type"))
                .startsWith("text/plain");
        assertThat(read(base + "?format=TXT", "Accept", "text/vtt").text()).isEqualTo(txt.text());
    }

    @Test
    void anUnknownTranscriptFormatIs400() {
        String id = completedJob("transcription");
        DoorClient.Reply reply = client.get("/v1/jobs/" + id + "/transcript?format=pdf", "X-Api-Key", KEY);
        assertError(reply, 400, "invalid_parameter", "format 'pdf' is not known; use one of: json, txt, srt, vtt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullAnalysisJobHasEveryPartAsADocumentAndTheSpeakersAlsoAsRttm() {
        String id = completedJob("full-analysis");
        Map<String, Object> results = (Map<String, Object>) IngestFixtures.awaitFinished(client, id, KEY)
                .get("results");
        String base = "/v1/jobs/" + id + "/";

        Map<String, Object> speakers = read(base + "speakers").json();
        assertThat(speakers).containsEntry("speaker_count", 1).containsKeys("speakers", "turns", "utterances");
        String rttm = read(base + "speakers?format=rttm").text();
        assertThat(rttm).startsWith("SPEAKER audio 1 ").contains(" S1 ");
        Map<String, Object> sentiment = read(base + "sentiment").json();
        assertThat((Map<String, Object>) sentiment.get("overall")).containsKeys("label", "score");
        assertThat((List<Map<String, Object>>) sentiment.get("utterances")).isNotEmpty()
                .allSatisfy(u -> assertThat(u).containsEntry("speaker", "S1"));
        Map<String, Object> summary = read(base + "summary").json();
        assertThat(summary).containsEntry("method", "textrank");
        assertThat((String) summary.get("summary")).isNotBlank();
        assertThat(read(base + "pii").json()).containsEntry("entity_count", 0);
        for (String part : List.of("speakers", "sentiment", "summary", "pii")) {
            assertThat((Map<String, Object>) results.get(part)).as(part).containsEntry("status", "available");
        }
        assertThat((Map<String, Object>) results.get("summary")).containsEntry("summary", summary.get("summary"));
        assertError(client.get(base + "sentiment?format=rttm", "X-Api-Key", KEY), 400, "invalid_parameter",
                "format 'rttm' is not known for sentiment; use one of: json");
    }

    @Test
    void aPartTheJobsPipelineDoesNotProduceIs404() {
        String id = completedJob("transcription");
        assertError(client.get("/v1/jobs/" + id + "/sentiment", "X-Api-Key", KEY), 404, "not_found",
                "the transcription pipeline does not produce sentiment");
        assertError(client.get("/v1/jobs/" + id + "/waveform", "X-Api-Key", KEY), 404, "not_found",
                "no result named 'waveform'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void resultsAre409UntilTheJobIsCompleted() {
        String id = submit(new Multipart().file("file", "long.wav", IngestFixtures.repeatedSpeech(6))
                .field("pipeline", "transcription"));

        assertError(client.get("/v1/jobs/" + id + "/transcript", "X-Api-Key", KEY), 409, "not_ready",
                "results can be read once its status is completed");
        assertError(client.get("/v1/jobs/" + id + "/speakers", "X-Api-Key", KEY), 409, "not_ready", id);
        Map<String, Object> running = IngestFixtures.awaitJob(client, id, KEY,
                job -> "processing".equals(job.get("status")) && (Integer) job.get("progress_percent") > 10,
                Duration.ofMinutes(2));
        assertThat(running.get("results")).isNull();
        assertThat(running.get("completed_at")).isNull();
        assertThat(Instant.parse((String) running.get("estimated_completion"))).isAfter(Instant.now().minusSeconds(2));
        assertThat(IngestFixtures.awaitFinished(client, id, KEY).get("status")).isEqualTo("completed");
        String text = read("/v1/jobs/" + id + "/transcript?format=txt").text();
        assertThat(text.split("noon", -1)).as(text).hasSize(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQueuedJobShowsItsQueuePosition() {
        byte[] longer = IngestFixtures.repeatedSpeech(20);
        List<String> ids = List.of(
                submit(new Multipart().file("file", "a.wav", longer).field("pipeline", "transcription")),
                submit(new Multipart().file("file", "b.wav", longer).field("pipeline", "transcription")),
                submit(new Multipart().file("file", "c.wav", IngestFixtures.repeatedSpeech(1))
                        .field("pipeline", "transcription")));

        Map<String, Object> last = client.get("/v1/jobs/" + ids.get(2), "X-Api-Key", KEY).json();

        assertThat(last.get("status")).isEqualTo("queued");
        assertThat((Integer) last.get("queue_position")).isBetween(0, 2);
        assertThat(last.get("started_at")).isNull();
        assertThat(last.get("progress_percent")).isEqualTo(0);
        for (String id : ids) {
            assertThat(IngestFixtures.awaitFinished(client, id, KEY).get("status")).isEqualTo("completed");
        }
    }

    @Test
    void aJobOfAnotherProjectIs404LikeAnUnknownId() {
        String id = completedJob("transcription");
        String other = projects.create("other-project-" + System.nanoTime()).id();
        String outsider = apiKeys.create("outsider", null, Set.of(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE),
                List.of(other)).plainKey();

        DoorClient.Reply foreign = client.get("/v1/jobs/" + id, "X-Api-Key", outsider);
        DoorClient.Reply unknown = client.get("/v1/jobs/job_000000000000", "X-Api-Key", outsider);

        assertError(foreign, 404, "not_found", "no job '" + id + "' for this API key");
        assertError(unknown, 404, "not_found", "no job 'job_000000000000' for this API key");
        assertError(client.get("/v1/jobs/" + id + "/transcript", "X-Api-Key", outsider), 404, "not_found", id);
        assertError(client.get("/v1/jobs/" + id + "/speakers", "X-Api-Key", outsider), 404, "not_found", id);
    }

    @Test
    void aReadOnlyKeyOfTheProjectReadsTheJobAndAKeyWithoutScopesIs401() {
        String id = completedJob("transcription");
        String projectId = projects.findByName(PROJECT).orElseThrow().id();
        String reader = apiKeys.create("reader", null, Set.of(Scopes.AUDIO_READ), List.of(projectId)).plainKey();

        assertThat(client.get("/v1/jobs/" + id, "X-Api-Key", reader).status()).isEqualTo(200);
        assertThat(client.get("/v1/jobs/" + id + "/transcript", "Authorization", "Bearer " + reader).status())
                .isEqualTo(200);
        assertError(client.get("/v1/jobs/" + id), 401, "unauthorized", "missing, invalid or revoked API key");
        assertError(client.get("/v1/jobs/" + id, "X-Api-Key", "nope-0123456789abcdef"), 401, "unauthorized",
                "missing, invalid or revoked API key");
    }

    @Test
    void estimatedCompletionStaysTheSameWhileTheJobRuns() throws InterruptedException {
        String slowHistory = "job_0000000510e0";
        jdbc.sql("""
                insert into jobs (id, kind, project_id, state, percent, input, audio_seconds, attempts, created_at,
                                  started_at, finished_at, updated_at)
                values (?, 'ingest', 'none', 'SUCCEEDED', 100, '{}', 1000, 1, ?, ?, ?, ?)""")
                .params(slowHistory, at(-100_000), at(-100_000), at(0), at(0)).update();
        try {
            String id = submit(new Multipart().file("file", "long.wav", IngestFixtures.repeatedSpeech(20))
                    .field("pipeline", "transcription"));
            Map<String, Object> running = IngestFixtures.awaitJob(client, id, KEY,
                    job -> "processing".equals(job.get("status")), Duration.ofMinutes(2));
            Thread.sleep(1_100);
            Map<String, Object> later = client.get("/v1/jobs/" + id, "X-Api-Key", KEY).json();

            assertThat(later.get("status")).isEqualTo("processing");
            assertThat(later.get("estimated_completion")).isEqualTo(running.get("estimated_completion"));
            assertThat(Instant.parse((String) running.get("estimated_completion")))
                    .isAfter(Instant.parse((String) running.get("started_at")).plus(Duration.ofMinutes(30)));
        } finally {
            jdbc.sql("delete from jobs where id = ?").param(slowHistory).update();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySupportedFormatIsAcceptedByContentWhateverItsName() {
        byte[] wav = IngestFixtures.speechWav();
        Map<String, byte[]> files = Map.of(
                "really-wav.mp3", wav,
                "really-flac.wav", TestAudio.encode(wav, OutputFormat.FLAC, dir),
                "really-opus.m4a", TestAudio.encode(wav, OutputFormat.OGG, dir),
                "really-aac.ogg", TestAudio.encode(wav, OutputFormat.M4A, dir),
                "really-mp3", TestAudio.encode(wav, OutputFormat.MP3, dir),
                "hifi.wav", TestAudio.toneWav(1, 96_000, 2, 0));
        Map<String, String> stored = Map.of("really-wav.mp3", "upload.wav", "really-flac.wav", "upload.flac",
                "really-opus.m4a", "upload.ogg", "really-aac.ogg", "upload.m4a", "really-mp3", "upload.mp3",
                "hifi.wav", "upload.wav");
        files.forEach((name, bytes) -> {
            DoorClient.Reply reply = client.post(INGEST, new Multipart().file("file", name, bytes)
                    .field("pipeline", "transcription"), "X-Api-Key", KEY);
            assertThat(reply.status()).as(name + ": " + reply).isEqualTo(202);
            String id = (String) reply.json().get("job_id");
            assertThat(home.resolve("blobs/jobs/" + id + "/input/" + stored.get(name))).as(name).exists();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHostileFileNameIsEchoedAsUploadedAndNeverUsedOnDisk() {
        String name = "../../etc/passwd <script>alert(1)</script> ünïcødé.wav";
        DoorClient.Reply reply = client.post(INGEST, new Multipart().file("file", name, TestAudio.toneWav(1,
                16_000, 1, 0)), "X-Api-Key", KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(((Map<String, Object>) reply.json().get("file")).get("name")).isEqualTo(name);
        String id = (String) reply.json().get("job_id");
        assertThat(home.resolve("blobs/jobs/" + id + "/input/upload.wav")).exists();
        assertThat(home.getParent().resolve("etc")).doesNotExist();
        Map<String, Object> job = IngestFixtures.awaitFinished(client, id, KEY);
        assertThat(((Map<String, Object>) job.get("file")).get("name")).isEqualTo(name);
    }

    @Test
    void anAllowedWebhookUrlIsKeptWithTheJob() {
        String id = submit(new Multipart().file("file", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0))
                .field("webhook_url", "https://127.0.0.1:9/hooks/earshot"));
        assertThat(queue.find(id).orElseThrow().callbackUrl()).isEqualTo("https://127.0.0.1:9/hooks/earshot");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebhookBodyOfAFinishedJobIsItsGetBody() {
        String id = completedJob("full-analysis");
        JobEventBody events = eventBodies.stream().filter(e -> e.kind().equals("ingest")).findFirst().orElseThrow();
        var job = queue.find(id).orElseThrow();

        Map<String, Object> data = JSON.readValue(JSON.writeValueAsString(events.data(job)), Map.class);
        Map<String, Object> polled = client.get("/v1/jobs/" + id, "X-Api-Key", KEY).json();

        assertThat(events.eventType(job)).isEqualTo("job.completed");
        assertThat(data).containsOnlyKeys(polled.keySet());
        assertThat(data.get("status")).isEqualTo("completed");
        assertThat(data.get("file")).isEqualTo(polled.get("file"));
        Map<String, Object> transcript = (Map<String, Object>) ((Map<String, Object>) data.get("results"))
                .get("transcript");
        assertThat(transcript.get("url")).as("no request: a path from the root")
                .isEqualTo("/v1/jobs/" + id + "/transcript");
    }

    private static OffsetDateTime at(long secondsFromNow) {
        return Instant.now().plusSeconds(secondsFromNow).atOffset(ZoneOffset.UTC);
    }

    private DoorClient.Reply read(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Api-Key";
        all[1] = KEY;
        System.arraycopy(headers, 0, all, 2, headers.length);
        DoorClient.Reply reply = client.get(path, all);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }
}
