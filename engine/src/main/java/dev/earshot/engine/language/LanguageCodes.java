package dev.earshot.engine.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Maps ISO 639 language codes between their 2-letter (639-1) and 3-letter (639-3) forms, e.g. {@code en ↔ eng},
 * {@code es ↔ spa}, {@code fr ↔ fra}, {@code de ↔ deu}, {@code ca ↔ cat}. Input is case-insensitive and may be a
 * BCP 47 tag ({@code en-US} counts as {@code en}). Individual languages that OpenNLP's language detector reports
 * under their own 639-3 code map to the 639-1 code of their macrolanguage ({@code cmn → zh}, {@code pes → fa},
 * {@code lvs → lv}, {@code ekk → et}, {@code plt → mg}). {@value #UNDETERMINED} is ISO 639's "undetermined".
 */
public final class LanguageCodes {

    /** ISO 639 code for an undetermined language; it has no 2-letter form. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, String> TWO_BY_THREE = new HashMap<>();
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
            "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "plt", "mg", "zsm", "ms", "swh", "sw",
            "arb", "ar", "uzn", "uz", "azj", "az");

    static {
        for (String two : Locale.getISOLanguages()) {
            TWO_BY_THREE.put(new Locale(two).getISO3Language(), two);
        }
    }

    private LanguageCodes() {
    }

    /**
     * The 3-letter code of {@code code}: a 2-letter code is mapped, a 3-letter code is returned in lower case.
     *
     * @throws IllegalArgumentException when {@code code} is neither a known 2-letter code nor three letters
     */
    public static String iso3(String code) {
        String primary = primary(code);
        if (primary.length() == 3) {
            return primary;
        }
        if (primary.length() == 2) {
            try {
                String three = new Locale(primary).getISO3Language();
                if (TWO_BY_THREE.containsKey(three)) {
                    return three;
                }
            } catch (MissingResourceException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not an ISO 639 language code (e.g. en, eng, es, spa)");
    }

    /**
     * The 2-letter code of {@code code}, or null when the language has none (e.g. {@code ast}, {@code und}).
     *
     * @throws IllegalArgumentException when {@code code} is not a language code (see {@link #iso3})
     */
    public static String iso1(String code) {
        String three = iso3(code);
        String two = TWO_BY_THREE.get(three);
        return two != null ? two : INDIVIDUAL_TO_MACRO.get(three);
    }

    /** The English name of {@code code}, e.g. {@code Spanish} for {@code es} or {@code spa}; the code if unknown. */
    public static String englishName(String code) {
        String three = iso3(code);
        String two = iso1(three);
        String name = new Locale(two != null ? two : three).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(three) ? three : name;
    }

    private static String primary(String code) {
        if (code == null) {
            throw new IllegalArgumentException("a language code is required (e.g. en, eng, es, spa)");
        }
        String trimmed = code.trim().toLowerCase(Locale.ROOT);
        int dash = trimmed.indexOf('-') >= 0 ? trimmed.indexOf('-') : trimmed.indexOf('_');
        String primary = dash >= 0 ? trimmed.substring(0, dash) : trimmed;
        if (!primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 639 language code (e.g. en, eng, es, spa)");
        }
        return primary;
    }
}
