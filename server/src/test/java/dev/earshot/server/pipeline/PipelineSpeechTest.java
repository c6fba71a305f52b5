package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The speech components through the pipeline door with the real models: Vosk comes from the aar Maven resolved
 * (surefire passes its path), extracted once per build folder.
 */
@SuppressWarnings("unchecked")
class PipelineSpeechTest extends ServerTest {

    /** espeak-ng fixture copied from the engine's test resources (made by its make-fixtures.sh): 11,025 Hz mono. */
    static final String FIXTURE = "us-female-190-11k.wav";
    static final String SPOKEN = "The children played in the garden. I will call you back later. "
            + "Our team won the game on Sunday.";
    static final double SPEECH_SECONDS = 4.313;
    static final int HEADER_BYTES = 44;
    static final int RATE = 11_025;

    private static final byte[] WAV = fixture();
    private static final double DURATION = (WAV.length - HEADER_BYTES) / 2.0 / RATE;
    private static Reply transcribed;

    @Test
    void transcribeReturnsTheSpokenWordsWithTimesInsideTheAudio() {
        Map<String, Object> metrics = metrics(transcribed(), 0);

        assertThat(metrics.get("language")).isEqualTo("en");
        assertThat(((Number) metrics.get("duration_seconds")).doubleValue()).isCloseTo(DURATION, within(0.001));
        List<String> heard = words((String) metrics.get("text"));
        List<String> spoken = words(SPOKEN);
        assertThat(found(spoken, heard)).as("spoken words heard in %s", heard).isGreaterThanOrEqualTo(0.85);
        assertThat(heard.size()).isBetween((int) (spoken.size() * 0.85), (int) (spoken.size() * 1.15));
        List<Map<String, Object>> timed = (List<Map<String, Object>>) metrics.get("words");
        assertThat(timed).hasSize(heard.size());
        double previousStart = 0;
        for (Map<String, Object> word : timed) {
            double start = ((Number) word.get("start")).doubleValue();
            double end = ((Number) word.get("end")).doubleValue();
            assertThat(start).as("%s", word).isGreaterThanOrEqualTo(previousStart).isLessThan(end);
            assertThat(end).as("%s", word).isLessThanOrEqualTo(DURATION);
            previousStart = start;
        }
    }

    @Test
    void aTranscribeOnlyPipelineKeepsItsArtifactsOutOfDatasetIds() {
        Map<String, Object> body = transcribed().json();
        Map<String, Object> result = (Map<String, Object>) body.get("result");

        assertThat((List<String>) body.get("dataset_ids")).as("INPUT only: no new audio was produced").hasSize(1);
        String artifacts = (String) result.get("artifacts_dataset_id");
        assertThat(artifacts).isNotBlank().isNotEqualTo(((List<String>) body.get("dataset_ids")).get(0));
        Reply listed = client.get("/v1/response/" + artifacts, "X-API-Key", KEY);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json()).containsEntry("kind", "ARTIFACTS");
        assertThat((List<Map<String, Object>>) listed.json().get("files")).extracting(f -> f.get("file_name"))
                .containsExactlyInAnyOrder("transcribe-step0-transcript.json", "transcribe-step0-transcript.txt",
                        "transcribe-step0-transcript.srt", "transcribe-step0-transcript.vtt");
    }

    @Test
    void theTranscriptArtifactsDownloadThroughSignedLinks() {
        Map<String, Object> step = step(transcribed(), 0);
        Map<String, String> links = (Map<String, String>) step.get("artifact_urls");
        assertThat(links).containsOnlyKeys("json", "txt", "srt", "vtt");
        Map<String, String> types = Map.of("json", "application/json", "txt", "text/plain",
                "srt", "application/x-subrip", "vtt", "text/vtt");

        for (Map.Entry<String, String> link : links.entrySet()) {
            assertThat(link.getValue()).startsWith("http://localhost:" + port + "/blobs/").contains("sig=");
            Reply file = client.get(link.getValue());
            assertThat(file.status()).as(link.getKey()).isEqualTo(200);
            assertThat(file.header("Content-Type")).as(link.getKey()).startsWith(types.get(link.getKey()));
            assertThat(file.body()).as(link.getKey()).isNotEmpty();
        }
        String srt = client.get(links.get("srt")).text();
        assertThat(srt).startsWith("1\n").contains(" --> ").contains("children played", "call you back", "sunday");
        assertThat(client.get(links.get("json")).json()).containsEntry("text", metrics(transcribed(), 0).get("text"));
    }

    @Test
    void speechDurationMeasurementFindsTheSpeechButNotTheSilences() {
        Reply reply = run("[{\"component_id\":\"speech_duration_measurement\"}]", WAV);

        double speech = ((Number) metrics(reply, 0).get("speech_duration_seconds")).doubleValue();
        assertThat(speech).isCloseTo(SPEECH_SECONDS, within(0.6)).isLessThan(DURATION);
    }

    @Test
    void aLanguageWithoutAModelIs400NamingTheSupportedLanguages() {
        Reply reply = run("[{\"component_id\":\"transcribe\",\"params\":{\"language\":\"de\"}}]", WAV);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat((String) reply.json().get("detail")).contains("language", "supported languages: en");
    }

    @Test
    void speechSimilarityOfTheRecordingAndItsFirstHalfScoresBetweenZeroAndOne() {
        Reply reply = run("[{\"component_id\":\"speech_similarity\"}]", WAV, firstSeconds(WAV, 3.9));

        Map<String, Object> metrics = metrics(reply, 0);
        assertThat(metrics.get("reason")).isNull();
        for (String score : List.of("speaker_similarity", "content_similarity", "similarity")) {
            assertThat(((Number) metrics.get(score)).doubleValue()).as(score).isBetween(0.0, 1.0);
        }
        assertThat(((Number) metrics.get("content_similarity")).doubleValue()).isStrictlyBetween(0.3, 1.0);
    }

    @Test
    void silenceIsAnEmptyTranscriptNotAnError() {
        Reply reply = run("[{\"component_id\":\"transcribe\"}]", TestAudio.silenceWav(2, 16_000));

        Map<String, Object> metrics = metrics(reply, 0);
        assertThat(metrics.get("text")).isEqualTo("");
        assertThat(metrics.get("word_count")).isEqualTo(0);
        assertThat((List<?>) metrics.get("words")).isEmpty();
    }

    private Reply transcribed() {
        if (transcribed == null) {
            transcribed = run("[{\"component_id\":\"transcribe\",\"params\":{\"language\":\"en-US\"}}]", WAV);
        }
        return transcribed;
    }

    private Reply run(String components, byte[]... files) {
        Multipart form = new Multipart().field("components", components)
                .field("user_email", "user@example.com").field("project_name", PROJECT);
        for (int i = 0; i < files.length; i++) {
            form.file("files", "speech" + i + ".wav", files[i]);
        }
        return client.post(PipelineDoorTest.PATH, form, "X-API-Key", KEY);
    }

    private static Map<String, Object> step(Reply reply, int index) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> result = (Map<String, Object>) reply.json().get("result");
        return ((List<Map<String, Object>>) result.get("components")).get(index);
    }

    private static Map<String, Object> metrics(Reply reply, int index) {
        return (Map<String, Object>) step(reply, index).get("metrics");
    }

    /** Lower-case words without punctuation. */
    private static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }

    /** Share of the {@code spoken} words found in {@code heard}, each heard word matching once. */
    private static double found(List<String> spoken, List<String> heard) {
        List<String> unmatched = new ArrayList<>(heard);
        long hits = spoken.stream().filter(unmatched::remove).count();
        return hits / (double) spoken.size();
    }

    /** The first {@code seconds} of a 16-bit mono WAV with a 44-byte header. */
    private static byte[] firstSeconds(byte[] wav, double seconds) {
        int bytes = 2 * (int) Math.round(seconds * RATE);
        return TestAudio.wav(Arrays.copyOfRange(wav, HEADER_BYTES, HEADER_BYTES + bytes), RATE, 1);
    }

    static byte[] fixture() {
        try (InputStream in = PipelineSpeechTest.class.getResourceAsStream("/speech/" + FIXTURE)) {
            byte[] wav = in.readAllBytes();
            assertThat(new String(wav, 36, 4)).as("data chunk right after the fmt chunk").isEqualTo("data");
            return wav;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
