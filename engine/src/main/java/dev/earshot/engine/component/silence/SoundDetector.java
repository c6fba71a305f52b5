package dev.earshot.engine.component.silence;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.dsp.FrameLevels;
import java.util.OptionalLong;

/**
 * Finds where sound starts and ends, by the level of 10 ms frames (mean square over all channels, dBFS).
 * <p>
 * Rule: a frame holds sound when its level is above
 * {@code max(-60 dBFS, loudest frame - 40 dB, noise floor + 10 dB)}, where the noise floor is the 10th
 * percentile of all frame levels (so a steady hiss or hum is not taken for sound); sound starts with the first
 * run of at least 3 such frames (30 ms; a shorter click is ignored) and ends with the last such run.
 * A file where no frame passes, such as digital silence or a steady noise, has no sound.
 * <p>
 * Memory is flat: one pass over the file keeps the loudest level and a fixed 0.5 dB histogram of levels,
 * then the start is found reading forward and the end reading backward from the last frame.
 */
final class SoundDetector {

    static final double FRAME_SECONDS = 0.010;
    static final double PAD_SECONDS = 0.050;
    static final double ABSOLUTE_DB = -60;
    static final double BELOW_LOUDEST_DB = 40;
    static final double ABOVE_FLOOR_DB = 10;
    static final double FLOOR_PERCENTILE = 0.10;
    static final int MIN_RUN = 3;

    private static final double BIN_DB = 0.5;

    private final FrameLevels levels;
    private final double threshold;

    private SoundDetector(FrameLevels levels, double threshold) {
        this.levels = levels;
        this.threshold = threshold;
    }

    /** Reads {@code file} once to set the threshold. */
    static SoundDetector of(PcmFile file, BlockListener listener) {
        int length = (int) Math.max(1, Math.round(file.format().sampleRate() * FRAME_SECONDS));
        FrameLevels levels = new FrameLevels(file, length);
        long[] histogram = new long[(int) (-Decibels.FLOOR_DB / BIN_DB) + 1];
        double[] loudest = {Decibels.FLOOR_DB};
        levels.forward(0, (index, db) -> {
            loudest[0] = Math.max(loudest[0], db);
            histogram[bin(db, histogram.length)]++;
            return true;
        }, listener);
        double floor = percentile(histogram, FLOOR_PERCENTILE);
        double threshold = Math.max(ABSOLUTE_DB, Math.max(loudest[0] - BELOW_LOUDEST_DB, floor + ABOVE_FLOOR_DB));
        return new SoundDetector(levels, threshold);
    }

    /** The level a frame must exceed to hold sound, in dBFS. */
    double threshold() {
        return threshold;
    }

    /** First audio frame of the first sound, if there is any. */
    OptionalLong soundStart(BlockListener listener) {
        RunFinder finder = new RunFinder(threshold, minRun());
        levels.forward(0, finder, listener);
        return finder.found < 0 ? OptionalLong.empty() : OptionalLong.of(finder.found * levels.length());
    }

    /** Audio frame just after the end of the last sound (at most the file's length), if there is any. */
    OptionalLong soundEnd(long fileFrames, BlockListener listener) {
        RunFinder finder = new RunFinder(threshold, minRun());
        levels.backward(finder, listener);
        return finder.found < 0 ? OptionalLong.empty()
                : OptionalLong.of(Math.min(fileFrames, (finder.found + 1) * levels.length()));
    }

    private int minRun() {
        return (int) Math.max(1, Math.min(MIN_RUN, levels.count()));
    }

    private static int bin(double db, int bins) {
        int bin = (int) Math.floor((db - Decibels.FLOOR_DB) / BIN_DB);
        return Math.max(0, Math.min(bins - 1, bin));
    }

    private static double percentile(long[] histogram, double share) {
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        long wanted = (long) Math.ceil(total * share);
        long seen = 0;
        for (int bin = 0; bin < histogram.length; bin++) {
            seen += histogram[bin];
            if (seen >= wanted && seen > 0) {
                return Decibels.FLOOR_DB + (bin + 1) * BIN_DB;
            }
        }
        return Decibels.FLOOR_DB;
    }

    /** Finds, in visiting order, the first run of {@code minRun} loud frames; keeps the run's first index. */
    private static final class RunFinder implements FrameLevels.Visitor {
        private final double threshold;
        private final int minRun;
        private long runStart = -1;
        private int run;
        long found = -1;

        RunFinder(double threshold, int minRun) {
            this.threshold = threshold;
            this.minRun = minRun;
        }

        @Override
        public boolean visit(long index, double db) {
            if (db <= threshold) {
                run = 0;
                return true;
            }
            if (run++ == 0) {
                runStart = index;
            }
            if (run >= minRun) {
                found = runStart;
                return false;
            }
            return true;
        }
    }
}
