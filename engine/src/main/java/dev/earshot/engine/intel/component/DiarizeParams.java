package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.speech.component.LanguageParam;
import dev.earshot.engine.speech.diarization.DiarizationSettings;

/**
 * Params of {@code diarize} (unknown keys are rejected).
 *
 * @param language spoken language of the transcript the speakers are put on (see {@link LanguageParam})
 * @param settings {@code num_speakers} (a fixed count), {@code min_speakers} and {@code max_speakers}, each a
 *                 whole number from 1 to 10, all optional; {@code num_speakers} must lie inside the bounds
 */
record DiarizeParams(String language, DiarizationSettings settings) {

    static DiarizeParams read(ParamReader reader) {
        String language = LanguageParam.read(reader);
        Integer exact = count(reader, "num_speakers");
        Integer min = count(reader, "min_speakers");
        Integer max = count(reader, "max_speakers");
        reader.rejectUnknownKeys();
        DiarizationSettings settings = DiarizationSettings.DEFAULTS;
        try {
            settings = DiarizationSettings.of(exact, min, max, VadSettings.DEFAULTS);
        } catch (IllegalArgumentException e) {
            reader.reject(exact != null ? "num_speakers" : "min_speakers", e.getMessage());
        }
        return new DiarizeParams(language, settings);
    }

    private static Integer count(ParamReader reader, String key) {
        int value = reader.integer(key, 0, DiarizationSettings.MIN_SPEAKERS, DiarizationSettings.MAX_SPEAKERS);
        return value == 0 ? null : value;
    }
}
