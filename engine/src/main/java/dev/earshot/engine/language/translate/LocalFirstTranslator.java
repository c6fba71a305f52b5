package dev.earshot.engine.language.translate;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmSettings;
import java.util.Optional;

/**
 * Translates with Apertium when it has the pair installed (offline, nothing leaves the machine), else through
 * the LLM endpoint when one is configured, else refuses with an {@link UnavailableCapabilityException} naming
 * both ways to make the pair available.
 */
public final class LocalFirstTranslator implements Translator {

    private final ApertiumTranslator apertium;
    private final Optional<Translator> llm;

    /** @param llm the LLM translator, or empty when no endpoint is configured */
    public LocalFirstTranslator(ApertiumTranslator apertium, Optional<Translator> llm) {
        this.apertium = apertium;
        this.llm = llm;
    }

    @Override
    public Translation translate(String text, String source, String target) {
        if (apertium.supports(source, target)) {
            return apertium.translate(text, source, target);
        }
        if (llm.isPresent()) {
            return llm.get().translate(text, source, target);
        }
        throw new UnavailableCapabilityException(
                "translation " + LanguageCodes.iso3(source) + "→" + LanguageCodes.iso3(target),
                apertium.remedy(source, target) + "; or " + LlmSettings.HOW_TO_CONFIGURE);
    }

    @Override
    public boolean supports(String source, String target) {
        return apertium.supports(source, target) || llm.map(t -> t.supports(source, target)).orElse(false);
    }
}
