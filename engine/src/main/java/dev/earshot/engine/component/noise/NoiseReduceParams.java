package dev.earshot.engine.component.noise;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code noise_reduce}.
 *
 * @param noiseEstimationDurationSec length of the quietest window the noise profile is learned from, in
 *                                   seconds; 0.001 to 60, default 0.5
 */
public record NoiseReduceParams(double noiseEstimationDurationSec) {

    public static final double DEFAULT_DURATION_SEC = 0.5;
    public static final double MIN_DURATION_SEC = 0.001;
    public static final double MAX_DURATION_SEC = 60;

    /** Reads the params, reporting wrong types, out-of-range values and unknown keys to {@code reader}. */
    public static NoiseReduceParams parse(ParamReader reader) {
        double duration = reader.number("noise_estimation_duration_sec", DEFAULT_DURATION_SEC,
                MIN_DURATION_SEC, MAX_DURATION_SEC);
        reader.rejectUnknownKeys();
        return new NoiseReduceParams(duration);
    }
}
