package dev.earshot.engine.language.detect;

import dev.earshot.engine.language.LanguageCodes;

/**
 * The language a text was identified as.
 *
 * @param iso6393     ISO 639-3 code, e.g. {@code eng}; {@code und} when undetermined
 * @param iso6391     ISO 639-1 code, e.g. {@code en}; null when the language has none or is undetermined
 * @param confidence  0 to 1: how far the best language stands above the runner-up, {@code 1 − p₂/p₁}; 0 is a tie
 *                    (or undetermined), values above 0.3 are typical of a correct answer on a sentence
 * @param probability 0 to 1: the model's own probability of the language. OpenNLP's detector spreads its mass over
 *                    103 languages, so even right answers are around 0.02 to 0.1 on a sentence
 */
public record IdentifiedLanguage(String iso6393, String iso6391, double confidence, double probability) {

    public IdentifiedLanguage {
        if (!(confidence >= 0 && confidence <= 1) || !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("confidence and probability must be 0..1, got "
                    + confidence + ", " + probability);
        }
    }

    /** The answer when the text is too short or too ambiguous to tell. */
    public static IdentifiedLanguage undetermined() {
        return new IdentifiedLanguage(LanguageCodes.UNDETERMINED, null, 0, 0);
    }

    /** False for {@code und}. */
    public boolean determined() {
        return !LanguageCodes.UNDETERMINED.equals(iso6393);
    }
}
