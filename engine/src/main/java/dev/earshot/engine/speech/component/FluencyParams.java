package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code speech_fluency_check} (unknown keys are rejected). The thresholds decide {@code passed}.
 *
 * @param minWordsPerMinute {@code min_words_per_minute}: lowest passing {@code words_per_minute} (over the
 *                          whole duration), 0 to 1000; default 90
 * @param maxWordsPerMinute {@code max_words_per_minute}: highest passing {@code words_per_minute}, 0 to 1000,
 *                          not below the minimum; default 200
 * @param maxPauseSeconds   {@code max_pause_seconds}: longest passing pause between two words, in seconds, 0 to
 *                          3600; default 3.0
 * @param maxFillerRatio    {@code max_filler_ratio}: highest passing share of fillers among the words, 0 to 1;
 *                          default 0.1
 * @param minPauseMs        {@code min_pause_ms}: a silence between two words is a pause from this length on, in
 *                          ms, 0 to 60000; default 250
 * @param countLike         {@code count_like}: count "like" as a filler; default false
 * @param language          {@code language}: see {@link LanguageParam}; default "en"
 * @param vad               the optional VAD keys of {@code speech_duration_measurement} (see {@link VadParams}),
 *                          for the speech time
 */
public record FluencyParams(double minWordsPerMinute, double maxWordsPerMinute, double maxPauseSeconds,
                            double maxFillerRatio, int minPauseMs, boolean countLike, String language,
                            VadParams vad) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static FluencyParams read(ParamReader reader) {
        FluencyParams params = new FluencyParams(
                reader.number("min_words_per_minute", 90, 0, 1000),
                reader.number("max_words_per_minute", 200, 0, 1000),
                reader.number("max_pause_seconds", 3.0, 0, 3600),
                reader.number("max_filler_ratio", 0.1, 0, 1),
                reader.integer("min_pause_ms", 250, 0, 60_000),
                reader.bool("count_like", false),
                LanguageParam.read(reader),
                VadParams.read(reader));
        if (params.minWordsPerMinute > params.maxWordsPerMinute) {
            reader.reject("min_words_per_minute", "must not exceed max_words_per_minute ("
                    + params.maxWordsPerMinute + "), got " + params.minWordsPerMinute);
        }
        reader.rejectUnknownKeys();
        return params;
    }
}
