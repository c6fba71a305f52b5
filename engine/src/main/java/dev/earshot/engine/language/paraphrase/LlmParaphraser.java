package dev.earshot.engine.language.paraphrase;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatMessage;
import java.util.List;

/**
 * Paraphrases through an OpenAI-compatible chat-completions endpoint: the system message asks for the same
 * content in other words in the named language, keeping every fact, name and number, and for the paraphrase
 * only; the user message is the text.
 */
public final class LlmParaphraser implements Paraphraser {

    /** The longest text one call takes, in characters. */
    public static final int MAX_TEXT_CHARS = 50_000;

    private final ChatCompletionsClient client;

    public LlmParaphraser(ChatCompletionsClient client) {
        this.client = client;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.earshot.engine.language.llm.LlmEndpointException when the endpoint fails
     */
    @Override
    public Paraphrase paraphrase(String text, String language) {
        String code = LanguageCodes.iso3(language);
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text to paraphrase must be at most " + MAX_TEXT_CHARS
                    + " characters, got " + text.length());
        }
        if (text.isBlank()) {
            return new Paraphrase("", code, Paraphrase.LLM, null);
        }
        String instruction = "Paraphrase the user's text in " + LanguageCodes.englishName(code) + " (" + code
                + "): say the same thing in other words, keeping every fact, name and number. The text may come "
                + "from speech recognition, without punctuation or capitals. Answer with the paraphrase only.";
        return new Paraphrase(client.complete(List.of(ChatMessage.system(instruction), ChatMessage.user(text))),
                code, Paraphrase.LLM, null);
    }
}
