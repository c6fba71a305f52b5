package dev.earshot.engine.language.paraphrase;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.engine.language.translate.ApertiumTranslator;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Paraphrases by translating into a pivot language and back with Apertium (e.g. {@code eng → spa → eng}), two
 * runs of about 0.15 to 0.5 s each. The pivot is the first of {@link #PREFERRED_PIVOTS} installed both ways,
 * else any installed both ways (alphabetically). Rule-based back-translation changes words rather than
 * structure and may give the text back unchanged; unknown words pass through. When the input has no capital
 * letters (speech recognition output) the paraphrase is lower-cased to match.
 */
public final class BackTranslationParaphraser implements Paraphraser {

    /** Pivots tried first, in order: the languages with the best-developed Apertium pairs. */
    public static final List<String> PREFERRED_PIVOTS = List.of("eng", "spa", "cat", "fra", "por", "ita", "glg");

    private final Apertium apertium;
    private final ApertiumTranslator translator;

    /** @param timeout how long each of the two Apertium runs may take */
    public BackTranslationParaphraser(Apertium apertium, Duration timeout) {
        this.apertium = apertium;
        this.translator = new ApertiumTranslator(apertium, timeout, false);
    }

    /** The pivot language (ISO 639-3) for {@code language}, if Apertium has a pair installed both ways. */
    public Optional<String> pivot(String language) {
        String code = LanguageCodes.iso3(language);
        return apertium.modes().stream()
                .map(mode -> mode.split("-"))
                .filter(parts -> LanguageCodes.iso3(parts[0]).equals(code))
                .map(parts -> LanguageCodes.iso3(parts[1]))
                .filter(pivot -> !pivot.equals(code) && apertium.mode(pivot, code).isPresent())
                .distinct()
                .min(Comparator.comparingInt(BackTranslationParaphraser::preference)
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.earshot.engine.language.translate.ToolFailedException when Apertium fails or runs too long
     */
    @Override
    public Paraphrase paraphrase(String text, String language) {
        String code = LanguageCodes.iso3(language);
        String pivot = pivot(code).orElseThrow(() -> new UnavailableCapabilityException(
                "paraphrase in " + code + " by back-translation", remedy(code)));
        String there = translator.translate(text, code, pivot).text();
        String back = translator.translate(there, pivot, code).text();
        boolean lowerCaseInput = text.chars().noneMatch(Character::isUpperCase);
        return new Paraphrase(lowerCaseInput ? back.toLowerCase(Locale.ROOT) : back, code,
                Paraphrase.BACK_TRANSLATION, pivot);
    }

    /** What to install so that text in {@code language} can be back-translated. */
    public String remedy(String language) {
        String code = LanguageCodes.iso3(language);
        String example = code.equals("eng") ? "spa" : "eng";
        return "install an Apertium pair that translates " + code + " both ways; for " + code + "-" + example + ": "
                + apertium.remedy(code, example);
    }

    private static int preference(String pivot) {
        int index = PREFERRED_PIVOTS.indexOf(pivot);
        return index < 0 ? PREFERRED_PIVOTS.size() : index;
    }
}
