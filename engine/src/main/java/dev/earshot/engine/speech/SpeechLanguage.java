package dev.earshot.engine.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages Earshot has a speech model for. Only English: the Vosk English (US) model. */
public enum SpeechLanguage {

    ENGLISH("en", "eng", "english");

    private final String tag;
    private final List<String> aliases;

    SpeechLanguage(String tag, String... aliases) {
        this.tag = tag;
        this.aliases = List.of(aliases);
    }

    /** BCP 47 primary language tag, e.g. {@code en}. */
    public String tag() {
        return tag;
    }

    /** BCP 47 tags of every supported language. */
    public static List<String> supportedTags() {
        return Arrays.stream(values()).map(SpeechLanguage::tag).toList();
    }

    /**
     * The language for a requested tag: {@code null} or blank means English; otherwise the primary subtag of a
     * BCP 47 tag ({@code en}, {@code en-US}, {@code en_GB}, case-insensitive), an ISO 639-2 code ({@code eng})
     * or the English name.
     *
     * @throws UnsupportedLanguageException for any other language
     */
    public static SpeechLanguage of(String requested) {
        if (requested == null || requested.isBlank()) {
            return ENGLISH;
        }
        String primary = requested.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (SpeechLanguage language : values()) {
            if (language.tag.equals(primary) || language.aliases.contains(primary)) {
                return language;
            }
        }
        throw new UnsupportedLanguageException(requested, supportedTags());
    }
}
