package dev.earshot.engine.language.detect;

import java.util.Set;

/** Tells which language a text is written in. Implementations are thread-safe. */
public interface LanguageIdentifier {

    /** The language of {@code text}, or {@link IdentifiedLanguage#undetermined()} when it cannot tell. */
    default IdentifiedLanguage identify(String text) {
        return identify(text, Set.of());
    }

    /**
     * The language of {@code text}, chosen among {@code candidates} (2- or 3-letter ISO 639 codes) when that set
     * is not empty: knowing that a call centre hears only English or Spanish makes short texts far more reliable.
     *
     * @throws IllegalArgumentException when a candidate is not a language code or not one this identifier knows
     */
    IdentifiedLanguage identify(String text, Set<String> candidates);

    /** The 3-letter ISO 639-3 codes of the languages this identifier can report. */
    Set<String> supportedLanguages();
}
