package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.VadSettings;

/**
 * The optional voice activity knobs a speech component shares with {@code speech_duration_measurement}, under
 * the same keys and with the same defaults and ranges.
 *
 * @param threshold            {@code threshold}: speech probability threshold, 0 to 1; default 0.5
 * @param minSpeechDurationMs  {@code min_speech_duration_ms}: shortest speech segment kept, in ms; default 250
 * @param minSilenceDurationMs {@code min_silence_duration_ms}: shortest silence that ends a segment, in ms;
 *                             default 100
 * @param speechPadMs          {@code speech_pad_ms}: padding on both sides of each segment, in ms; default 30
 */
public record VadParams(double threshold, int minSpeechDurationMs, int minSilenceDurationMs, int speechPadMs) {

    /** Reads the four keys; the caller rejects unknown keys once it has read its own. */
    public static VadParams read(ParamReader reader) {
        VadSettings defaults = VadSettings.DEFAULTS;
        return new VadParams(
                reader.number("threshold", defaults.threshold(), 0, 1),
                reader.integer("min_speech_duration_ms", (int) defaults.minSpeechDurationMs(), 0, Integer.MAX_VALUE),
                reader.integer("min_silence_duration_ms", (int) defaults.minSilenceDurationMs(), 0, Integer.MAX_VALUE),
                reader.integer("speech_pad_ms", (int) defaults.speechPadMs(), 0, Integer.MAX_VALUE));
    }

    /** The VAD settings these params stand for. */
    public VadSettings settings() {
        return new VadSettings(threshold, minSpeechDurationMs, minSilenceDurationMs, speechPadMs);
    }
}
