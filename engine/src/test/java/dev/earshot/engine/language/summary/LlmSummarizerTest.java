package dev.earshot.engine.language.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatStandIn;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.language.llm.LlmSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmSummarizerTest {

    private final ChatStandIn standIn = new ChatStandIn();
    private final LlmSummarizer summarizer = new LlmSummarizer(new ChatCompletionsClient(
            new LlmSettings(standIn.baseUrl(), "summary-model", "sk-summary", Duration.ofSeconds(5))));

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void theTranscriptAndTheContextGoToTheModelAndItsAnswerIsTheSummary() {
        standIn.answering(request -> "The caller's internet drops; the agent updated the router firmware.");
        Summary summary = summarizer.summarize(Talk.supportCall().transcript(),
                new SummaryRequest(2, "focus on the customer's complaint"));

        assertThat(summary.text()).isEqualTo("The caller's internet drops; the agent updated the router firmware.");
        assertThat(summary.method()).isEqualTo("llm");
        assertThat(summary.sentences()).isEmpty();
        ChatStandIn.Received request = standIn.onlyRequest();
        assertThat(request.json()).containsEntry("model", "summary-model");
        assertThat(request.authorization()).isEqualTo("Bearer sk-summary");
        assertThat(request.content("system")).contains("at most 2 sentences", "speech recognition",
                "Instruction from the user for this summary: focus on the customer's complaint");
        assertThat(request.content("user")).startsWith("Transcript:\n[0:00] hello thank you for calling acme support")
                .contains("\n[0:05] hi i am calling because my internet connection keeps dropping every evening\n")
                .contains("okay thanks");
    }

    @Test
    void withoutAContextTheModelIsNotToldOfOneAndSpeakersArePrefixed() {
        Talk talk = new Talk().say(1, "agent", "how can i help").say(1, "caller", "my card was charged twice");
        summarizer.summarize(Sentences.of(talk.transcript(), talk::speakerOf), new SummaryRequest(1, null));
        ChatStandIn.Received request = standIn.onlyRequest();
        assertThat(request.content("system")).contains("one sentence").doesNotContain("Instruction from the user");
        assertThat(request.content("user")).isEqualTo(
                "Transcript:\n[0:00] agent: how can i help\n[0:03] caller: my card was charged twice\n");
    }

    @Test
    void anEmptyTranscriptNeedsNoCall() {
        Summary summary = summarizer.summarize(new Talk().transcript(), SummaryRequest.defaults());
        assertThat(summary.text()).isEmpty();
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void anEndpointFailureReachesTheCallerWithItsStatus() {
        standIn.failing(500, "{\"error\":{\"message\":\"model overloaded\"}}");
        assertThatThrownBy(() -> summarizer.summarize(Talk.supportCall().transcript(), SummaryRequest.defaults()))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("model overloaded").doesNotContain("sk-summary");
                });
    }
}
