package dev.earshot.engine.speech;

/**
 * How speech segments are drawn from the per-window speech probabilities, as in Silero's
 * {@code get_speech_timestamps}.
 *
 * @param threshold            probability at or above which a window starts or continues speech; 0 to 1.
 *                             Speech ends below {@link #negativeThreshold()}
 * @param minSpeechDurationMs  segments not longer than this are dropped, in milliseconds; 0 or more
 * @param minSilenceDurationMs silence must last at least this long to end a segment, in milliseconds; 0 or more
 * @param speechPadMs          padding added to both sides of each segment (split evenly when two segments
 *                             are closer than twice the padding), in milliseconds; 0 or more
 */
public record VadSettings(double threshold, long minSpeechDurationMs, long minSilenceDurationMs, long speechPadMs) {

    /** Silero's defaults: 0.5, 250 ms, 100 ms, 30 ms. */
    public static final VadSettings DEFAULTS = new VadSettings(0.5, 250, 100, 30);

    public VadSettings {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        if (minSpeechDurationMs < 0 || minSilenceDurationMs < 0 || speechPadMs < 0) {
            throw new IllegalArgumentException("durations must not be negative, got " + minSpeechDurationMs
                    + ", " + minSilenceDurationMs + ", " + speechPadMs);
        }
    }

    /** Probability below which speech ends: {@code max(threshold - 0.15, 0.01)}. */
    public double negativeThreshold() {
        return Math.max(threshold - 0.15, 0.01);
    }
}
