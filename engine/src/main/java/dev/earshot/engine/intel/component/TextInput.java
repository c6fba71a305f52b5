package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.detect.IdentifiedLanguage;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.component.LanguageParam;
import java.util.Set;

/**
 * Where the text components get their text, and its language: the {@code text} param when given (at most
 * {@value #MAX_CHARS} characters), else the transcript of the working audio in {@code language} (as
 * {@code transcribe}). {@code source} names the text's language (an ISO 639 code); without it the transcript's
 * language is used, or a given text's language is identified.
 *
 * @param language the spoken language, for the transcript
 * @param text     the given text, or null to use the transcript
 * @param source   the text's language as ISO 639-3, or null to identify it
 */
record TextInput(String language, String text, String source) {

    static final int MAX_CHARS = 50_000;

    static TextInput read(ParamReader reader, boolean withSource) {
        String language = LanguageParam.read(reader);
        String text = reader.text("text", null);
        if (text != null && (text.isBlank() || text.length() > MAX_CHARS)) {
            reader.reject("text", "must hold 1 to " + MAX_CHARS + " characters, got " + text.length());
            text = null;
        }
        String source = withSource ? code(reader, "source", null) : null;
        if (source == null && text == null) {
            source = LanguageCodes.iso3(language);
        }
        return new TextInput(language, text, source);
    }

    /** The params of a component that takes only these (no {@code source}), unknown keys rejected. */
    static TextInput readAlone(ParamReader reader) {
        TextInput input = read(reader, false);
        reader.rejectUnknownKeys();
        return input;
    }

    /** The ISO 639-3 code under {@code key}, or {@code fallback}; a value that is not a code is a problem. */
    static String code(ParamReader reader, String key, String fallback) {
        String value = reader.text(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return LanguageCodes.iso3(value);
        } catch (IllegalArgumentException e) {
            reader.reject(key, e.getMessage());
            return fallback;
        }
    }

    /** The text to work on; transcribes the working audio (progress up to {@code done}) when none was given. */
    String text(RunAnalysis analysis, double done) {
        return text != null ? text : analysis.transcript(language, done).text();
    }

    /** The text's language: {@code source}, or identified from {@code text}. */
    String sourceOf(String text, IntelTools tools) {
        if (source != null) {
            return source;
        }
        IdentifiedLanguage identified = tools.identifier().identify(text);
        return identified.determined() ? identified.iso6393() : LanguageCodes.iso3(language);
    }

    /** None for a given text; the VAD and Vosk for the transcript. */
    Set<NativeCapability> natives() {
        return text != null ? Set.of() : NativeCapability.TRANSCRIPTION;
    }

    /** Where the text came from, as the metrics say it: {@code text} or {@code transcript}. */
    String origin() {
        return text != null ? "text" : "transcript";
    }
}
