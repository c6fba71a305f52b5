package dev.earshot.engine.language.translate;

import dev.earshot.engine.language.LanguageCodes;

/**
 * A text to translate, checked: both codes mapped to ISO 639-3, the text within a translator's limit.
 *
 * @param text   the text, at most the translator's limit
 * @param source ISO 639-3 code
 * @param target ISO 639-3 code
 */
record TranslationRequest(String text, String source, String target) {

    /**
     * @throws IllegalArgumentException a code that is not ISO 639, or a text longer than {@code maxChars}
     */
    static TranslationRequest of(String text, String source, String target, int maxChars) {
        String s = LanguageCodes.iso3(source);
        String t = LanguageCodes.iso3(target);
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("text to translate must be at most " + maxChars + " characters, got "
                    + text.length());
        }
        return new TranslationRequest(text, s, t);
    }

    /** True when there is nothing to translate: same language both sides. */
    boolean sameLanguage() {
        return source.equals(target);
    }

    /** The text as it is, for {@link #sameLanguage()}. */
    Translation unchanged() {
        return new Translation(text, source, target, Translation.NONE);
    }

    /** {@code translated} as the answer, made by {@code method}. */
    Translation answer(String translated, String method) {
        return new Translation(translated, source, target, method);
    }
}
