package dev.earshot.engine.component.noise;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.MonoSource;

/**
 * Finds the stretch of a given length with the lowest mean power in a file's mono downmix. The file is read
 * once in 10 ms blocks; a ring of the last window's block energies gives a sliding sum, so memory grows with
 * the window length, not with the file. Candidate windows start on block boundaries.
 */
final class QuietestWindow {

    private static final double BLOCK_SECONDS = 0.010;

    private QuietestWindow() {
    }

    /**
     * @param windowFrames wanted length in frames, 1 or more
     * @return the quietest window; the whole file when it is not longer than the window
     */
    static FrameSpan find(PcmFile file, long windowFrames, BlockListener listener) {
        long total = file.frames();
        int block = (int) Math.max(1, Math.round(file.format().sampleRate() * BLOCK_SECONDS));
        int windowBlocks = (int) Math.max(1, (windowFrames + block - 1) / block);
        if (total / block <= windowBlocks) {
            return new FrameSpan(0, total);
        }
        long best = search(file, block, windowBlocks, listener);
        long start = best * block;
        return new FrameSpan(start, Math.min(windowFrames, total - start));
    }

    private static long search(PcmFile file, int block, int windowBlocks, BlockListener listener) {
        double[] ring = new double[windowBlocks];
        float[] samples = new float[block];
        long blocks = file.frames() / block;
        double sum = 0;
        double bestSum = Double.POSITIVE_INFINITY;
        long bestStart = 0;
        try (MonoSource source = MonoSource.of(file)) {
            for (long b = 0; b < blocks; b++) {
                source.read(samples, 0, block);
                int slot = (int) (b % windowBlocks);
                double energy = energy(samples);
                sum += energy - ring[slot];
                ring[slot] = energy;
                if (slot == windowBlocks - 1) {
                    sum = total(ring);
                }
                if (b >= windowBlocks - 1 && sum < bestSum) {
                    bestSum = sum;
                    bestStart = b - windowBlocks + 1;
                }
                if (b % 1024 == 0) {
                    listener.blockDone((double) b / blocks);
                }
            }
        }
        return bestStart;
    }

    private static double energy(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return sum;
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
