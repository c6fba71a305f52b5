package dev.earshot.server.submissions;

import dev.earshot.engine.language.LanguageCodes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Languages by their English names, as people write them in a {@code context}: "translate into Spanish". */
final class LanguageNames {

    private static final Map<String, String> CODES = new HashMap<>();
    private static final Pattern TARGET = Pattern.compile("\\b(?:into|to)\\s+([A-Za-z]+)");

    static {
        for (String two : Locale.getISOLanguages()) {
            String name = new Locale(two).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isBlank() && !name.equals(two)) {
                CODES.putIfAbsent(name, LanguageCodes.iso3(two));
            }
        }
    }

    private LanguageNames() {
    }

    /** The ISO 639-3 code of an English language name ({@code Spanish} gives {@code spa}). */
    static Optional<String> code(String name) {
        return Optional.ofNullable(name == null ? null : CODES.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The first language named after "into" or "to" in {@code text}, as an ISO 639-3 code. */
    static Optional<String> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TARGET.matcher(text);
        while (matcher.find()) {
            Optional<String> code = code(matcher.group(1));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }
}
