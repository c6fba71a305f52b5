package dev.earshot.server.ingest;

import static dev.earshot.server.ingest.IngestFixtures.INGEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.server.support.Commands;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's request examples, sent as the seed writes them (only host, key and the file's path changed), then
 * polled until the job is completed and its transcript read.
 */
class IngestSeedExamplesTest extends IngestTest {

    private static final String CURL_METADATA = "{\"agent_id\": \"AGT-42\", \"call_type\": \"support\"}";
    private static final String PYTHON_EXAMPLE = """
            import requests
            import json

            url = 'https://api.novapulse.io/v1/audio/ingest'
            headers = {'Authorization': 'Bearer nvp_live_abc123...'}

            with open('/path/to/call-recording.mp3', 'rb') as audio_file:
                files = {'file': ('call-recording.mp3', audio_file, 'audio/mpeg')}
                data = {
                    'pipeline': 'full-analysis',
                    'language': 'en-US',
                    'metadata': json.dumps({'agent_id': 'AGT-42'})
                }
                response = requests.post(url, headers=headers, files=files, data=data)

            print(response.json())
            """;
    private static final Pattern JOB_ID = Pattern.compile("job_[0-9a-f]{12}");

    @TempDir
    Path dir;

    @Test
    void theCurlExampleIsAcceptedAndItsJobCompletesWithATranscript() {
        byte[] mp3 = speechMp3();
        Multipart curl = new Multipart().file("file", "call-recording.mp3", mp3)
                .field("pipeline", "full-analysis").field("language", "en-US").field("metadata", CURL_METADATA);
        Instant before = Instant.now().minusSeconds(1);

        DoorClient.Reply reply = client.post(INGEST, curl, "Authorization", "Bearer " + KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        Map<String, Object> body = reply.json();
        assertAcceptedBody(body, "full-analysis", "call-recording.mp3", mp3.length, before);
        Map<String, Object> job = IngestFixtures.awaitFinished(client, (String) body.get("job_id"), KEY);
        assertCompletedWithTranscript(job, Map.of("agent_id", "AGT-42", "call_type", "support"));
    }

    @Test
    void theRequestsExampleIsAcceptedAndItsJobCompletesWithATranscript() {
        byte[] mp3 = speechMp3();
        Multipart requests = new Multipart().field("pipeline", "full-analysis").field("language", "en-US")
                .field("metadata", "{\"agent_id\": \"AGT-42\"}")
                .file("file", "call-recording.mp3", "audio/mpeg", mp3);
        Instant before = Instant.now().minusSeconds(1);

        DoorClient.Reply reply = client.post(INGEST, requests, "Authorization", "Bearer " + KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        Map<String, Object> body = reply.json();
        assertAcceptedBody(body, "full-analysis", "call-recording.mp3", mp3.length, before);
        Map<String, Object> job = IngestFixtures.awaitFinished(client, (String) body.get("job_id"), KEY);
        assertCompletedWithTranscript(job, Map.of("agent_id", "AGT-42"));
    }

    @Test
    void theLiteralCurlCommandIsAccepted() throws Exception {
        assumeTrue(Commands.works("curl", "--version"), "curl is not installed");
        Path file = Files.write(dir.resolve("call-recording.mp3"), speechMp3());

        String out = Commands.run("curl", "-sS", "-X", "POST", "http://localhost:" + port + INGEST,
                "-H", "Authorization: Bearer " + KEY,
                "-F", "file=@" + file,
                "-F", "pipeline=full-analysis",
                "-F", "language=en-US",
                "-F", "metadata=" + CURL_METADATA);

        String jobId = jobIdIn(out);
        assertThat(out).contains("\"status\":\"queued\"", "\"name\":\"call-recording.mp3\"");
        assertCompletedWithTranscript(IngestFixtures.awaitFinished(client, jobId, KEY),
                Map.of("agent_id", "AGT-42", "call_type", "support"));
    }

    @Test
    void theLiteralPythonExampleRunsUnchangedButForHostKeyAndPath() throws Exception {
        assumeTrue(Commands.works("python3", "-c", "import requests"), "python3 with requests is not installed");
        Path file = Files.write(dir.resolve("call-recording.mp3"), speechMp3());
        String script = PYTHON_EXAMPLE.replace("https://api.novapulse.io", "http://localhost:" + port)
                .replace("nvp_live_abc123...", KEY)
                .replace("/path/to/call-recording.mp3", file.toString());
        Path scriptFile = Files.writeString(dir.resolve("example.py"), script);

        String out = Commands.run("python3", scriptFile.toString());

        String jobId = jobIdIn(out);
        assertThat(out).contains("'status': 'queued'", "'pipeline': 'full-analysis'",
                "'name': 'call-recording.mp3'");
        assertCompletedWithTranscript(IngestFixtures.awaitFinished(client, jobId, KEY), Map.of("agent_id", "AGT-42"));
    }

    private byte[] speechMp3() {
        return TestAudio.encode(IngestFixtures.speechWav(), OutputFormat.MP3, dir);
    }

    @SuppressWarnings("unchecked")
    static void assertAcceptedBody(Map<String, Object> body, String pipeline, String name, long size,
                                   Instant before) {
        assertThat(body).containsOnlyKeys("job_id", "status", "pipeline", "created_at", "estimated_completion",
                "file");
        assertThat((String) body.get("job_id")).matches("job_[0-9a-f]{12}");
        assertThat(body.get("status")).isEqualTo("queued");
        assertThat(body.get("pipeline")).isEqualTo(pipeline);
        String created = (String) body.get("created_at");
        String estimated = (String) body.get("estimated_completion");
        assertThat(created).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(estimated).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Instant.parse(created)).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(Instant.parse(estimated)).isAfterOrEqualTo(Instant.parse(created));
        Map<String, Object> file = (Map<String, Object>) body.get("file");
        assertThat(file).containsOnlyKeys("name", "size_bytes", "duration_seconds");
        assertThat(file.get("name")).isEqualTo(name);
        assertThat(((Number) file.get("size_bytes")).longValue()).isEqualTo(size);
        assertThat(file.get("duration_seconds")).isInstanceOf(Integer.class);
    }

    @SuppressWarnings("unchecked")
    private void assertCompletedWithTranscript(Map<String, Object> job, Map<String, Object> metadata) {
        assertThat(job.get("status")).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("metadata")).isEqualTo(metadata);
        assertThat(job.get("language")).isEqualTo("en-US");
        assertThat(((Map<String, Object>) job.get("file")).get("duration_seconds"))
                .isEqualTo((int) Math.round(IngestFixtures.speechSeconds()));
        Map<String, Object> results = (Map<String, Object>) job.get("results");
        assertThat(results).containsOnlyKeys("transcript", "speakers", "sentiment", "summary", "pii");
        for (String part : List.of("speakers", "sentiment", "summary", "pii")) {
            assertThat(((Map<String, Object>) results.get(part)).get("status")).isEqualTo("available");
        }
        Map<String, Object> transcript = (Map<String, Object>) results.get("transcript");
        assertThat(transcript.get("status")).isEqualTo("available");
        String text = client.get((String) transcript.get("url") + "?format=txt", "X-Api-Key", KEY).text();
        assertThat(text.toLowerCase()).contains(IngestFixtures.SPEECH_WORDS);
    }

    private static String jobIdIn(String out) {
        Matcher id = JOB_ID.matcher(out);
        assertThat(id.find()).as(out).isTrue();
        return id.group();
    }
}
