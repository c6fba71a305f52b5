package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.VadSettings;

/**
 * Params of {@code speech_duration_measurement}, as seed 004 specifies them (unknown keys are rejected).
 *
 * @param threshold            speech probability threshold, 0 to 1; default 0.5
 * @param minSpeechDurationMs  shortest speech segment kept, in ms; 0 or more, default 250
 * @param minSilenceDurationMs shortest silence that ends a segment, in ms; 0 or more, default 100
 * @param speechPadMs          padding on both sides of each segment, in ms; 0 or more, default 30
 */
public record SpeechDurationParams(double threshold, int minSpeechDurationMs, int minSilenceDurationMs,
                                   int speechPadMs) {

    /** Reads the params, reporting problems to {@code reader}. */
    public static SpeechDurationParams read(ParamReader reader) {
        VadSettings defaults = VadSettings.DEFAULTS;
        SpeechDurationParams params = new SpeechDurationParams(
                reader.number("threshold", defaults.threshold(), 0, 1),
                reader.integer("min_speech_duration_ms", (int) defaults.minSpeechDurationMs(), 0, Integer.MAX_VALUE),
                reader.integer("min_silence_duration_ms", (int) defaults.minSilenceDurationMs(), 0, Integer.MAX_VALUE),
                reader.integer("speech_pad_ms", (int) defaults.speechPadMs(), 0, Integer.MAX_VALUE));
        reader.rejectUnknownKeys();
        return params;
    }

    /** The VAD settings these params stand for. */
    public VadSettings vadSettings() {
        return new VadSettings(threshold, minSpeechDurationMs, minSilenceDurationMs, speechPadMs);
    }
}
