package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.dsp.Decibels;

/**
 * Band limitation: audio whose upper band is missing, because it passed through a telephone line, a low sample rate or
 * a lossy encoder's low-pass filter, and was then stored at a higher rate. Method: the frame's mean short-window
 * spectrum (Welch) is summed into 32 equal bands from 0 Hz to Nyquist; the effective bandwidth is where the empty top
 * begins, the lowest band from which every band up to Nyquist is empty, both at most {@code emptyDb} (as a mean-square
 * level in dBFS) and at least {@code depthDb} under the loudest band. A real recording's noise floor reaches Nyquist
 * (at -65 dBFS overall it puts each band near -80 dBFS); a filter leaves nothing there. Measure
 * {@code bandwidth_ratio}: that bandwidth over Nyquist, 0 to 1 (1 when nothing is empty, or when the frame is quieter
 * than -70 dBFS in every band). Score: 0 at {@code minRatio} and above, 1 at {@code fullRatio} and below, linear
 * between.
 *
 * <p>Event-based precision / recall (200 ms collar) on injected low-pass spans, measured by
 * {@code BuiltInDetectorQualityTest}: 1.00 / 1.00 on generated speech at 16 kHz mono, 1.00 / 1.00 at 44.1 kHz stereo,
 * 1.00 / 1.00 on real speech at 16 kHz.
 */
public final class BandLimitDetector implements ArtifactDetector {

    /** The type id. */
    public static final String TYPE = "band_limited";

    private static final int BANDS = 32;
    private static final double SILENT_DB = -70;
    private static final double BINS_PER_MEAN_SQUARE = 3;

    private final double emptyDb;
    private final double depthDb;
    private final Ramp ramp;

    /** Empty bands at -100 dBFS and 70 dB under the loudest, ratios of 0.85 scoring 0 and 0.7 scoring 1. */
    public BandLimitDetector() {
        this(-100, 70, 0.85, 0.7);
    }

    /**
     * @param emptyDb   the loudest level of an empty band, as a mean-square level in dBFS, -140 to 0
     * @param depthDb   how far under the loudest band an empty band must be, in dB, 0 or more
     * @param minRatio  bandwidth over Nyquist that scores 0, 0 to 1
     * @param fullRatio bandwidth over Nyquist that scores 1, below {@code minRatio}
     */
    public BandLimitDetector(double emptyDb, double depthDb, double minRatio, double fullRatio) {
        if (!(emptyDb >= -140 && emptyDb <= 0 && depthDb >= 0 && minRatio <= 1 && fullRatio >= 0
                && fullRatio < minRatio)) {
            throw new IllegalArgumentException("band limitation needs an empty level of -140 to 0 dBFS, a depth of 0 "
                    + "dB or more and 0 <= full < min ratio <= 1, got " + emptyDb + ", " + depthDb + ", " + minRatio
                    + ", " + fullRatio);
        }
        this.emptyDb = emptyDb;
        this.depthDb = depthDb;
        this.ramp = new Ramp(minRatio, fullRatio);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String measure() {
        return "bandwidth_ratio";
    }

    @Override
    public Detection detect(FrameAnalysis frame) {
        double[] levels = bandLevels(frame.windows().meanPower());
        double loudest = Decibels.FLOOR_DB;
        for (double level : levels) {
            loudest = Math.max(loudest, level);
        }
        if (loudest < SILENT_DB) {
            return new Detection(1, 0);
        }
        double empty = Math.min(emptyDb, loudest - depthDb);
        int top = BANDS;
        while (top > 0 && levels[top - 1] <= empty) {
            top--;
        }
        double ratio = top / (double) BANDS;
        return new Detection(ratio, ramp.score(ratio));
    }

    private static double[] bandLevels(float[] power) {
        double[] levels = new double[BANDS];
        int bins = power.length - 1;
        for (int b = 0; b < BANDS; b++) {
            double sum = 0;
            for (int k = b * bins / BANDS; k < (b + 1) * bins / BANDS; k++) {
                sum += power[k];
            }
            levels[b] = Decibels.fromPower(sum / BINS_PER_MEAN_SQUARE);
        }
        return levels;
    }
}
