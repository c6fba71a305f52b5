package dev.earshot.engine.language.summary;

import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatMessage;
import java.util.List;
import java.util.Locale;

/**
 * Summarizes through an OpenAI-compatible chat-completions endpoint: the system message asks for at most
 * {@link SummaryRequest#maxSentences()} sentences in the transcript's language, warns that the text comes from
 * speech recognition, and carries the request's {@link SummaryRequest#context() context} as the user's
 * instruction; the user message holds the transcript, one sentence a line as {@code [m:ss] speaker: text}. The
 * answer is the summary text; it has no sentences with times. The whole transcript goes in one request, so a
 * transcript longer than the model's context window fails with the endpoint's error.
 */
public final class LlmSummarizer implements Summarizer {

    private final ChatCompletionsClient client;

    public LlmSummarizer(ChatCompletionsClient client) {
        this.client = client;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.earshot.engine.language.llm.LlmEndpointException when the endpoint fails
     */
    @Override
    public Summary summarize(List<Sentence> sentences, SummaryRequest request) {
        if (sentences.isEmpty()) {
            return new Summary("", List.of(), Summary.LLM);
        }
        String answer = client.complete(List.of(ChatMessage.system(instruction(request)),
                ChatMessage.user("Transcript:\n" + transcript(sentences))));
        return new Summary(answer, List.of(), Summary.LLM);
    }

    static String instruction(SummaryRequest request) {
        String limit = request.maxSentences() == 1 ? "one sentence" : "at most " + request.maxSentences() + " sentences";
        String instruction = "You summarize transcripts of recorded speech. The transcript comes from automatic "
                + "speech recognition: it has no punctuation or capitals and may contain misheard words. Write a "
                + "summary of " + limit + " in the language of the transcript. Answer with the summary only.";
        return request.context() == null ? instruction
                : instruction + "\nInstruction from the user for this summary: " + request.context();
    }

    static String transcript(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            long seconds = (long) Math.floor(sentence.start());
            text.append(String.format(Locale.ROOT, "[%d:%02d] ", seconds / 60, seconds % 60));
            if (sentence.speaker() != null) {
                text.append(sentence.speaker()).append(": ");
            }
            text.append(sentence.text()).append('\n');
        }
        return text.toString();
    }
}
