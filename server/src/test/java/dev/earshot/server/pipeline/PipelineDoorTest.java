package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class PipelineDoorTest extends ServerTest {

    static final String PATH = "/v1/audio_engine/pipeline";

    Reply run(String components, byte[]... files) {
        Multipart form = new Multipart().field("components", components)
                .field("user_email", "user@example.com").field("project_name", PROJECT);
        for (int i = 0; i < files.length; i++) {
            form.file("files", "input" + i + ".wav", files[i]);
        }
        return client.post(PATH, form, "X-API-Key", KEY);
    }

    @Test
    void theSeedsNoiseReduceExampleAnswersWithASignedLinkToMonoWav() {
        Reply reply = run("[{\"component_id\":\"noise_reduce\",\"params\":{\"noise_estimation_duration_sec\":0.5}}]",
                TestAudio.toneWav(3, 22_050, 2, 1.0));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> body = reply.json();
        assertThat(body.get("status")).isEqualTo("COMPLETED");
        assertThat((String) body.get("task_id")).isNotBlank();
        assertThat((List<String>) body.get("dataset_ids")).hasSize(2);
        Map<String, Object> result = (Map<String, Object>) body.get("result");
        assertThat(result.get("component_ids")).isEqualTo(List.of("noise_reduce"));
        Map<String, Object> step = ((List<Map<String, Object>>) result.get("components")).get(0);
        assertThat(step.get("component_id")).isEqualTo("noise_reduce");
        String url = (String) step.get("output_url");
        assertThat(url).startsWith("http://localhost:" + port + "/blobs/").contains("sig=").contains("expires=");
        assertThat(result.get("final_output_url")).isEqualTo(url);

        Reply wav = client.get(url);
        assertThat(wav.status()).isEqualTo(200);
        ByteBuffer header = ByteBuffer.wrap(wav.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("rate").isEqualTo(22_050);
    }

    @Test
    void theSeedsSpeechDurationExampleMeasuresNoSpeechInATone() {
        Reply reply = run("[{\"component_id\":\"speech_duration_measurement\",\"params\":{\"threshold\":0.5}}]",
                TestAudio.toneWav(1, 16_000, 1, 0));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> step = ((List<Map<String, Object>>) ((Map<String, Object>) reply.json().get("result"))
                .get("components")).get(0);
        assertThat(((Number) ((Map<String, Object>) step.get("metrics")).get("speech_duration_seconds")).doubleValue())
                .isLessThan(0.3);
    }

    @Test
    void theSeedsChainedExampleRunsDenoiseThenSpeechDuration() {
        Reply reply = run("""
                [{"component_id": "noise_reduce", "params": {"noise_estimation_duration_sec": 0.5}},
                 {"component_id": "speech_duration_measurement",
                  "params": {"threshold": 0.5, "min_speech_duration_ms": 250, "min_silence_duration_ms": 100,
                             "speech_pad_ms": 30}}]""", TestAudio.toneWav(1, 16_000, 1, 0));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text()).contains("speech_duration_seconds");
    }

    @Test
    void metricsOnlyPipelinesReturnTheInputAsFinalOutputAndNoOutputDataset() {
        Reply reply = run("[{\"component_id\":\"audio_duration_check\",\"params\":{\"min_duration_minutes\":0.01}}]",
                TestAudio.toneWav(2, 16_000, 1, 0));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> body = reply.json();
        assertThat((List<String>) body.get("dataset_ids")).hasSize(1);
        Map<String, Object> result = (Map<String, Object>) body.get("result");
        Map<String, Object> metrics = (Map<String, Object>) ((List<Map<String, Object>>) result.get("components"))
                .get(0).get("metrics");
        assertThat(metrics.get("meets_duration_requirement")).isEqualTo(true);
        assertThat(((Number) metrics.get("duration_seconds")).doubleValue()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        Reply input = client.get((String) result.get("final_output_url"));
        assertThat(input.status()).isEqualTo(200);
        assertThat(input.body()).isEqualTo(TestAudio.toneWav(2, 16_000, 1, 0));
    }

    @Test
    void trimmingThenSlicingAndSplittingChainsTheWorkingAudio() {
        Reply reply = run("""
                [{"component_id": "beg_silence_trimmer", "params": {"manual_segments": [[1.5, 2.0], [3.0, 3.5]]}},
                 {"component_id": "end_silence_trimmer", "params": {}},
                 {"component_id": "slice_audio", "params": {"ranges": [[0.0, 1.5]]}},
                 {"component_id": "split_audio_channel", "params": {}}]""",
                TestAudio.toneWav(4, 16_000, 2, 1.0));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> result = (Map<String, Object>) reply.json().get("result");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) result.get("components");
        Map<String, Object> trimmed = (Map<String, Object>) steps.get(0).get("metrics");
        List<List<Number>> segments = (List<List<Number>>) trimmed.get("manual_segments");
        assertThat(segments.get(0).get(0).doubleValue()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.08));
        assertThat((List<String>) steps.get(3).get("output_urls")).hasSize(2);
        for (String url : (List<String>) steps.get(3).get("output_urls")) {
            assertThat(client.get(url).status()).isEqualTo(200);
        }
    }

    @Test
    void freshLinksForAnOutputDatasetCanBeFetchedAgain() {
        Reply reply = run("[{\"component_id\":\"noise_reduce\"}]", TestAudio.toneWav(2, 16_000, 1, 0.5));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String output = ((List<String>) reply.json().get("dataset_ids")).get(1);

        Reply links = client.get("/v1/response/" + output, "X-API-Key", KEY);

        assertThat(links.status()).as(links.toString()).isEqualTo(200);
        List<String> urls = (List<String>) links.json().get("output_urls");
        assertThat(urls).hasSize(1);
        assertThat(client.get(urls.get(0)).status()).isEqualTo(200);
        assertThat(client.get("/v1/response/" + output).status()).isEqualTo(403);
        assertThat(client.get("/v1/response/no-such-dataset", "X-API-Key", KEY).status()).isEqualTo(404);
    }

    @Test
    void aSignedLinkAnswersARangeWithTheBytesAskedFor() {
        byte[] wav = TestAudio.toneWav(2, 16_000, 1, 0);
        Reply reply = run("[{\"component_id\":\"audio_duration_check\"}]", wav);
        String url = (String) ((Map<String, Object>) reply.json().get("result")).get("final_output_url");

        Reply part = client.get(url, "Range", "bytes=100-199");
        Reply whole = client.get(url);

        assertThat(part.status()).as(part.toString()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 100-199/" + wav.length);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(wav, 100, 200));
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(client.get(url, "Range", "bytes=" + wav.length + "-").status()).isEqualTo(416);
    }

    @Test
    void durationsInMetricsAndDatasetLinksAreRoundedToTheMillisecond() {
        byte[] wav = TestAudio.toneWav(1.2345625, 16_000, 1, 0);
        Reply reply = run("""
                [{"component_id": "audio_duration_check"},
                 {"component_id": "slice_audio", "params": {"ranges": [[0.1234567, 1.0]]}}]""", wav);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> metrics = (Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>)
                reply.json().get("result")).get("components")).get(0).get("metrics");
        assertThat(metrics.get("duration_seconds")).isEqualTo(1.235);
        assertThat(metrics.get("duration_minutes")).isEqualTo(0.02058);
        String output = ((List<String>) reply.json().get("dataset_ids")).get(1);
        Map<String, Object> file = ((List<Map<String, Object>>) client.get("/v1/response/" + output, "X-API-Key", KEY)
                .json().get("files")).get(0);
        assertThat(file.get("duration_seconds")).isEqualTo(0.877);
    }

    @Test
    void aHostileFileNameIsStoredUnderASafeName() {
        Multipart form = new Multipart().field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "../../../etc/passwd.wav", TestAudio.toneWav(1, 8_000, 1, 0));

        Reply reply = client.post(PATH, form, "Authorization", "Bearer " + KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String url = (String) ((Map<String, Object>) reply.json().get("result")).get("final_output_url");
        assertThat(url).doesNotContain("..").contains("passwd.wav");
        String key = jdbc.sql("select blob_key from file_records where blob_key like ?").param("%passwd.wav")
                .query(String.class).list().get(0);
        assertThat(key).doesNotContain("..").doesNotStartWith("/");
    }
}
