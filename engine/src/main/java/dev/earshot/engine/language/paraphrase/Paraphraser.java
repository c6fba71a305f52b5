package dev.earshot.engine.language.paraphrase;

/** Says a text again in other words, in the same language. Implementations are thread-safe. */
public interface Paraphraser {

    /**
     * A paraphrase of {@code text}.
     *
     * @param language the text's language, ISO 639 code of 2 or 3 letters
     * @throws IllegalArgumentException a code that is not ISO 639, or a text longer than the paraphraser takes
     * @throws dev.earshot.engine.language.UnavailableCapabilityException when it cannot be done here; the message
     *                                                                    says what to install or configure
     */
    Paraphrase paraphrase(String text, String language);
}
