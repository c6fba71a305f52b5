package dev.earshot.engine.component.duration;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code audio_duration_check}.
 *
 * @param minDurationMinutes shortest acceptable duration, in minutes; 0 to 10,000, default 8.0
 */
public record DurationCheckParams(double minDurationMinutes) {

    public static final double DEFAULT_MINUTES = 8.0;
    public static final double MAX_MINUTES = 10_000;

    /** Reads the params, reporting wrong types, out-of-range values and unknown keys to {@code reader}. */
    public static DurationCheckParams parse(ParamReader reader) {
        double minutes = reader.number("min_duration_minutes", DEFAULT_MINUTES, 0, MAX_MINUTES);
        reader.rejectUnknownKeys();
        return new DurationCheckParams(minutes);
    }
}
