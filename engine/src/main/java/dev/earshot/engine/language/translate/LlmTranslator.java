package dev.earshot.engine.language.translate;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatMessage;
import java.util.List;

/**
 * Translates through an OpenAI-compatible chat-completions endpoint: the system message names both languages
 * in English ("from Spanish (spa) into English (eng)"), says the text may come from speech recognition and asks
 * for the translation only; the user message is the text. Any pair the model knows; quality and speed are the
 * model's.
 */
public final class LlmTranslator implements Translator {

    /** The longest text one call takes, in characters (a model's context window is the real limit). */
    public static final int MAX_TEXT_CHARS = 50_000;

    private final ChatCompletionsClient client;

    public LlmTranslator(ChatCompletionsClient client) {
        this.client = client;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.earshot.engine.language.llm.LlmEndpointException when the endpoint fails
     */
    @Override
    public Translation translate(String text, String source, String target) {
        TranslationRequest request = TranslationRequest.of(text, source, target, MAX_TEXT_CHARS);
        if (request.sameLanguage()) {
            return request.unchanged();
        }
        if (text.isBlank()) {
            return request.answer("", Translation.LLM);
        }
        String instruction = "Translate the user's text from " + name(request.source()) + " into "
                + name(request.target()) + ". The text may come from speech recognition, without punctuation or "
                + "capitals. Answer with the translation only, without notes or quotation marks.";
        return request.answer(client.complete(List.of(ChatMessage.system(instruction), ChatMessage.user(text))),
                Translation.LLM);
    }

    @Override
    public boolean supports(String source, String target) {
        LanguageCodes.iso3(source);
        LanguageCodes.iso3(target);
        return true;
    }

    private static String name(String code) {
        return LanguageCodes.englishName(code) + " (" + code + ")";
    }
}
