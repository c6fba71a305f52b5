package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code speech_similarity} (unknown keys are rejected).
 *
 * @param language {@code language}: see {@link LanguageParam}; default "en"
 * @param vad      the optional VAD keys of {@code speech_duration_measurement} (see {@link VadParams}), for
 *                 finding the speech of both files
 */
public record SimilarityParams(String language, VadParams vad) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static SimilarityParams read(ParamReader reader) {
        SimilarityParams params = new SimilarityParams(LanguageParam.read(reader), VadParams.read(reader));
        reader.rejectUnknownKeys();
        return params;
    }
}
