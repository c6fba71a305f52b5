package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.SpeechLanguage;
import dev.earshot.engine.speech.UnsupportedLanguageException;

/**
 * The {@code language} param of the components that transcribe: a BCP 47 tag, ISO 639-2 code or English name
 * (see {@link SpeechLanguage#of(String)}), default {@code "en"}. A language without a model is a problem of the
 * plan, reported before anything runs, with the supported languages in the message.
 */
public final class LanguageParam {

    public static final String KEY = "language";

    private LanguageParam() {
    }

    /** The supported language's tag (e.g. {@code en} for {@code en-GB}), or English after reporting a problem. */
    public static String read(ParamReader reader) {
        String requested = reader.text(KEY, SpeechLanguage.ENGLISH.tag());
        try {
            return SpeechLanguage.of(requested).tag();
        } catch (UnsupportedLanguageException e) {
            reader.reject(KEY, e.getMessage());
            return SpeechLanguage.ENGLISH.tag();
        }
    }
}
