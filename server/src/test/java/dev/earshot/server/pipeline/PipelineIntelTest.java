package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conversation-intelligence components through the pipeline door, with the real models and, where
 * {@code .ci/run} installs it, the real Apertium. No LLM endpoint is configured here, so the steps that would need
 * one are refused with 501 before anything is stored.
 */
@SuppressWarnings("unchecked")
class PipelineIntelTest extends ServerTest {

    private static final byte[] WAV = PipelineSpeechTest.fixture();

    @Test
    void everyIntelligenceComponentRunsInOneRequest() {
        assumeThat(Apertium.detect().mode("eng", "spa")).as("apertium-eng-spa, installed by .ci/run").isPresent();
        Reply reply = run("""
                [{"component_id": "diarize"},
                 {"component_id": "sentiment", "params": {"by_speaker": true}},
                 {"component_id": "summarize", "params": {"max_sentences": 1}},
                 {"component_id": "detect_pii"},
                 {"component_id": "detect_language"},
                 {"component_id": "translate", "params": {"target": "es"}},
                 {"component_id": "paraphrase"},
                 {"component_id": "redact_pii", "params": {"sound": "silence"}}]""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(metrics(reply, 0)).containsEntry("speaker_count", 1).containsKeys("turns", "utterances", "words");
        assertThat((Map<String, String>) step(reply, 0).get("artifact_urls")).containsOnlyKeys("rttm", "json");
        assertThat((Map<String, Object>) metrics(reply, 1).get("overall")).containsKeys("label", "score");
        assertThat(metrics(reply, 2)).containsEntry("method", "textrank");
        assertThat((String) metrics(reply, 2).get("summary")).isNotBlank();
        assertThat(metrics(reply, 3)).containsEntry("entity_count", 0);
        assertThat(metrics(reply, 4)).containsEntry("language", "en");
        assertThat(metrics(reply, 5)).containsEntry("method", "apertium").containsEntry("target", "spa");
        assertThat((String) metrics(reply, 5).get("text")).contains("niños", "equipo");
        assertThat(metrics(reply, 6)).containsEntry("method", "back-translation");
        assertThat(metrics(reply, 7)).containsEntry("entity_count", 0).containsEntry("failed_closed", 0);
        String redacted = (String) step(reply, 7).get("output_url");
        assertThat(client.get(redacted).status()).isEqualTo(200);
    }

    @Test
    void aTranslationNoInstalledToolCanDoIs501NamingWhatToInstallAndStoresNothing() {
        String before = footprint();

        Reply reply = run("[{\"component_id\": \"translate\", \"params\": {\"target\": \"fi\"}}]");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(501);
        assertThat((String) reply.json().get("detail")).contains("translate", "eng→fin", "Apertium",
                "EARSHOT_LLM_BASE_URL");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void anLlmSummaryWithoutAnEndpointIs501AndAParaphraseWithoutAPivotToo() {
        Reply summary = run("[{\"component_id\": \"summarize\", \"params\": {\"method\": \"llm\"}}]");
        Reply paraphrase = run("[{\"component_id\": \"paraphrase\", \"params\": {\"text\": \"hyvää huomenta kaikille\","
                + " \"source\": \"fi\"}}]");

        assertThat(summary.status()).as(summary.toString()).isEqualTo(501);
        assertThat((String) summary.json().get("detail")).contains("EARSHOT_LLM_BASE_URL", "extractive");
        assertThat(paraphrase.status()).as(paraphrase.toString()).isEqualTo(501);
        assertThat((String) paraphrase.json().get("detail")).contains("paraphrase in fin", "EARSHOT_LLM_BASE_URL");
    }

    @Test
    void badParamsOfEveryIntelligenceComponentAreReportedTogetherAs400() {
        Reply reply = run("""
                [{"component_id": "diarize", "params": {"num_speakers": 0}},
                 {"component_id": "sentiment", "params": {"by_speaker": "yes"}},
                 {"component_id": "summarize", "params": {"max_sentences": 50, "method": "magic"}},
                 {"component_id": "detect_pii", "params": {"types": ["PASSPORT"]}},
                 {"component_id": "redact_pii", "params": {"sound": "loud", "padding_ms": -1}},
                 {"component_id": "detect_language", "params": {"text": ""}},
                 {"component_id": "translate", "params": {"source": "xx-yy-zz"}},
                 {"component_id": "paraphrase", "params": {"style": "poetic"}}]""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json()).containsOnlyKeys("detail");
        String detail = (String) reply.json().get("detail");
        for (String field : List.of("(diarize) params.num_speakers", "(sentiment) params.by_speaker",
                "(summarize) params.max_sentences", "(summarize) params.method", "(detect_pii) params.types",
                "(redact_pii) params.sound", "(redact_pii) params.padding_ms", "(detect_language) params.text",
                "(translate) params.source", "(translate) params.target", "(paraphrase) params.style")) {
            assertThat(detail).contains(field);
        }
    }

    private Reply run(String components) {
        Multipart form = new Multipart().field("components", components)
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "speech.wav", WAV);
        return client.post(PipelineDoorTest.PATH, form, "X-API-Key", KEY);
    }

    private static Map<String, Object> step(Reply reply, int index) {
        Map<String, Object> result = (Map<String, Object>) reply.json().get("result");
        return ((List<Map<String, Object>>) result.get("components")).get(index);
    }

    private static Map<String, Object> metrics(Reply reply, int index) {
        return (Map<String, Object>) step(reply, index).get("metrics");
    }
}
