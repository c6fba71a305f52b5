package dev.earshot.engine.language.paraphrase;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmSettings;
import java.util.Optional;

/**
 * Paraphrases through the LLM endpoint when one is configured, else by Apertium back-translation when a pair
 * for the language is installed both ways, else refuses with an {@link UnavailableCapabilityException} naming
 * what to configure or install.
 */
public final class LlmFirstParaphraser implements Paraphraser {

    private final Optional<Paraphraser> llm;
    private final BackTranslationParaphraser backTranslation;

    /** @param llm the LLM paraphraser, or empty when no endpoint is configured */
    public LlmFirstParaphraser(Optional<Paraphraser> llm, BackTranslationParaphraser backTranslation) {
        this.llm = llm;
        this.backTranslation = backTranslation;
    }

    @Override
    public Paraphrase paraphrase(String text, String language) {
        if (llm.isPresent()) {
            return llm.get().paraphrase(text, language);
        }
        if (backTranslation.pivot(language).isPresent()) {
            return backTranslation.paraphrase(text, language);
        }
        throw new UnavailableCapabilityException("paraphrase in " + LanguageCodes.iso3(language),
                LlmSettings.HOW_TO_CONFIGURE + "; or " + backTranslation.remedy(language));
    }
}
