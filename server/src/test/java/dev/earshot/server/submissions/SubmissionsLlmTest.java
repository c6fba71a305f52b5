package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.language.llm.ChatStandIn;
import dev.earshot.engine.language.llm.ChatStandIn.Received;
import dev.earshot.server.auth.Scopes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The services that use the LLM, end to end through {@code /api/v1/submissions}: a real server whose
 * {@code earshot.llm.base-url} is a chat-completions stand-in speaking the real protocol over loopback. A summary
 * with a {@code context} sends the context and the transcript and reports the stand-in's answer as an LLM
 * summary; a translation into a language Apertium has no pair for goes chunk by chunk to the LLM; a paraphrase is
 * the LLM's; an endpoint that answers an error fails the task with its reason, and nothing is debited.
 */
@SuppressWarnings("unchecked")
class SubmissionsLlmTest extends SubmissionsServerTest {

    private static final Duration TASK_TIME = Duration.ofSeconds(120);
    private static final String SUMMARY = "The speaker remembers the children playing outside.";
    private static final ChatStandIn LLM = new ChatStandIn().answering(SubmissionsLlmTest::answer);

    private String userKey;

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        registry.add("earshot.llm.base-url", () -> LLM.baseUrl().toString());
        registry.add("earshot.llm.model", () -> "stand-in-model");
        registry.add("earshot.llm.api-key", () -> "sk-stand-in");
    }

    @AfterAll
    static void closeStandIn() {
        LLM.close();
    }

    @BeforeEach
    void makeUserKey() {
        userKey = key("llm@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
    }

    /** Translation: "suomeksi: " and the text; paraphrase: "in other words: " and the text; else the summary. */
    private static String answer(Received request) {
        String instruction = request.content("system");
        if (instruction.startsWith("Translate")) {
            return "suomeksi: " + request.content("user");
        }
        if (instruction.startsWith("Paraphrase")) {
            return "in other words: " + request.content("user");
        }
        return SUMMARY;
    }

    @Test
    void aSummaryWithContextSendsTheContextAndTheTranscriptAndReportsTheLlmsSummary() {
        String context = "Say what the children did, for the school newsletter";

        Map<String, Object> payload = payload("""
                {"audio_name": "memories", "audio_id": %d, "services": ["Transcribe", "Summarize"],
                 "context": "%s"}""", context);

        Received request = requestsWith(context).get(0);
        assertThat(request.authorization()).isEqualTo("Bearer sk-stand-in");
        assertThat(request.json()).containsEntry("model", "stand-in-model");
        assertThat(request.content("user")).contains("Transcript:", "children played");
        assertThat(payload).containsEntry("summary", SUMMARY);
        assertThat((Map<String, Object>) payload.get("summarization")).containsEntry("method", "llm")
                .containsEntry("context_used", true);
        assertThat((String) ((Map<String, Object>) payload.get("transcript")).get("text")).contains("children played");
    }

    @Test
    void aTranslationIntoALanguageApertiumLacksGoesChunkByChunkToTheLlm() {
        Map<String, Object> payload = payload("""
                {"audio_name": "finnish", "audio_id": %d, "services": ["Transcribe", "Translate"],
                 "target_language": "fi", "context": "%s"}""", "for the Helsinki office");

        Map<String, Object> translation = (Map<String, Object>) payload.get("translation");
        assertThat(translation).containsEntry("source_language", "eng").containsEntry("target_language", "fin")
                .containsEntry("method", "llm");
        List<Map<String, Object>> chunks = (List<Map<String, Object>>) payload.get("chunks");
        List<Map<String, Object>> translated = (List<Map<String, Object>>) translation.get("chunks");
        assertThat(translated).hasSameSizeAs(chunks);
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(translated.get(i)).containsEntry("start", chunks.get(i).get("start"))
                    .containsEntry("end", chunks.get(i).get("end"))
                    .containsEntry("text", "suomeksi: " + chunks.get(i).get("text"));
        }
        assertThat(requestsWith("into Finnish (fin)")).hasSameSizeAs(chunks);
        assertThat(payload).doesNotContainKey("summarization");
    }

    @Test
    void aParaphraseIsTheLlmsRewordingOfTheTranscript() {
        Map<String, Object> payload = payload("""
                {"audio_name": "reworded", "audio_id": %d, "services": ["Transcribe", "Paraphrase"],
                 "context": "%s"}""", "no instruction");

        String transcript = (String) ((Map<String, Object>) payload.get("transcript")).get("text");
        assertThat((Map<String, Object>) payload.get("paraphrase")).containsEntry("method", "llm")
                .containsEntry("language", "eng").containsEntry("text", "in other words: " + transcript);
        assertThat((String) payload.get("summary")).isNotBlank().isNotEqualTo(SUMMARY);
    }

    @Test
    void anEndpointAnsweringAnErrorFailsTheTaskWithTheEndpointsReasonAndDebitsNothing() {
        long before = balance();
        LLM.failing(503, "{\"error\": {\"message\": \"the model is still loading\"}}");
        try {
            Map<String, Object> task = finishedTask("""
                    {"audio_name": "down", "audio_id": %d, "services": ["Summarize"], "context": "%s"}""",
                    "while the model loads");

            assertThat(task).as(task.toString()).containsEntry("status", "failed");
            Map<String, Object> result = (Map<String, Object>) task.get("result");
            assertThat(result).containsEntry("from", "failed");
            assertThat((String) ((Map<String, Object>) result.get("payload")).get("error"))
                    .contains("503", "the model is still loading").doesNotContain("sk-stand-in");
        } finally {
            LLM.answering(SubmissionsLlmTest::answer);
        }
        assertThat(requestsWith("while the model loads")).hasSize(1);
        assertThat(balance()).isEqualTo(before);
    }

    /** The payload of the done task of a submission of {@code json} (with the audio id and {@code context}). */
    private Map<String, Object> payload(String json, String context) {
        Map<String, Object> task = finishedTask(json, context);
        assertThat(task).as(task.toString()).containsEntry("status", "done");
        return (Map<String, Object>) ((Map<String, Object>) task.get("result")).get("payload");
    }

    /** The task of a submission of {@code json} (with the audio id and {@code context}) once it is finished. */
    private Map<String, Object> finishedTask(String json, String context) {
        long audioId = door.upload(userKey, "speech.wav", SubmissionsDoorTest.SPEECH);
        long id = door.submitted(userKey, json.formatted(audioId, context));
        return ((List<Map<String, Object>>) door.finished(userKey, id, TASK_TIME).get("tasks")).get(0);
    }

    private long balance() {
        return ((Number) SubmissionsClient.data(door.get(userKey, "/api/v1/user")).get("credits")).longValue();
    }

    private static List<Received> requestsWith(String text) {
        return LLM.received().stream().filter(request -> request.body().contains(text)).toList();
    }
}
