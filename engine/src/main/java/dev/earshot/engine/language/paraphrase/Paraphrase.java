package dev.earshot.engine.language.paraphrase;

/**
 * A text said again in other words.
 *
 * @param text     the paraphrase; may equal the input when back-translation finds nothing to change
 * @param language the language of input and paraphrase, ISO 639-3
 * @param method   {@value #LLM} or {@value #BACK_TRANSLATION}
 * @param pivot    for back-translation, the language translated through (ISO 639-3); null otherwise
 */
public record Paraphrase(String text, String language, String method, String pivot) {

    public static final String LLM = "llm";
    public static final String BACK_TRANSLATION = "back-translation";
}
