package dev.earshot.engine.language.translate;

/**
 * A translated text.
 *
 * @param text   the translation
 * @param source the source language, ISO 639-3 (e.g. {@code eng})
 * @param target the target language, ISO 639-3 (e.g. {@code spa})
 * @param method {@value #APERTIUM}, {@value #LLM}, or {@value #NONE} when source and target are the same
 */
public record Translation(String text, String source, String target, String method) {

    public static final String APERTIUM = "apertium";
    public static final String LLM = "llm";
    public static final String NONE = "none";
}
