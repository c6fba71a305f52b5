package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.dsp.MonoSource;

/**
 * The first pass over a file: the RMS level (about the window's mean) of every short window of its mono mix (windows of
 * {@link ShortWindows#size(int)} samples, end to end), gathered in a histogram of half-decibel bins from -140 to
 * +10 dBFS, from which {@link FileLevels} takes its percentiles. Memory does not depend on the file's length.
 */
public final class LevelSurvey {

    private static final double LOWEST_DB = -140;
    private static final double BIN_DB = 0.5;
    private static final int BINS = 300;

    private LevelSurvey() {
    }

    /** The levels of {@code file}; {@link FileLevels#SILENT} for an empty file. */
    public static FileLevels of(PcmFile file) {
        int size = ShortWindows.size(file.format().sampleRate());
        long[] histogram = new long[BINS];
        long windows = 0;
        float[] window = new float[size];
        try (MonoSource source = MonoSource.of(file)) {
            int n;
            while ((n = source.read(window, 0, size)) > 0) {
                histogram[bin(Decibels.fromPower(ShortWindows.variance(window, n)))]++;
                windows++;
            }
        }
        if (windows == 0) {
            return FileLevels.SILENT;
        }
        return new FileLevels(percentile(histogram, windows, 0.10), percentile(histogram, windows, 0.95));
    }

    private static int bin(double db) {
        return (int) Math.max(0, Math.min(BINS - 1, Math.floor((db - LOWEST_DB) / BIN_DB)));
    }

    private static double percentile(long[] histogram, long total, double fraction) {
        long wanted = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int bin = 0; bin < BINS; bin++) {
            seen += histogram[bin];
            if (seen >= wanted) {
                return Math.min(0, LOWEST_DB + (bin + 0.5) * BIN_DB);
            }
        }
        return 0;
    }
}
