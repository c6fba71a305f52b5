package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code transcribe} (unknown keys are rejected).
 *
 * @param language {@code language}: tag of the spoken language, default {@code "en"}; only English has a model,
 *                 so any other language is rejected while the plan is checked (see {@link LanguageParam})
 */
public record TranscriptionParams(String language) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static TranscriptionParams read(ParamReader reader) {
        TranscriptionParams params = new TranscriptionParams(LanguageParam.read(reader));
        reader.rejectUnknownKeys();
        return params;
    }
}
