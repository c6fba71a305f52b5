package dev.earshot.engine.language.translate;

/** Translates text between languages. Implementations are thread-safe. */
public interface Translator {

    /**
     * {@code text} translated from {@code source} into {@code target}.
     *
     * @param source ISO 639 code, 2 or 3 letters ({@code en}, {@code eng})
     * @param target ISO 639 code, 2 or 3 letters
     * @throws IllegalArgumentException a code that is not ISO 639, or a text longer than the translator takes
     * @throws dev.earshot.engine.language.UnavailableCapabilityException when this pair cannot be translated here;
     *                                                                    the message says what to install
     */
    Translation translate(String text, String source, String target);

    /** True when {@link #translate} can translate {@code source} into {@code target} here. */
    boolean supports(String source, String target);
}
