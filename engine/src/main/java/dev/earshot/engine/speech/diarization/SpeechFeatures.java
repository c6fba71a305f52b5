package dev.earshot.engine.speech.diarization;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Cepstral feature vectors of the speech frames of one recording, every {@value #FRAME_SECONDS} s inside each
 * speech region, kept as floats ({@code 4 * dimensions} bytes per frame) in blocks of {@value #BLOCK_FRAMES}
 * frames, so that growing never copies what is stored. Quiet frames (below the
 * level where the spectrum means anything) are kept for timing but flagged, and left out of every statistic.
 */
final class SpeechFeatures {

    /** Time between frames, in seconds. */
    static final double FRAME_SECONDS = 0.01;

    /**
     * A speech region and its frames {@code first .. first + count - 1}; frame {@code k} of the region covers
     * {@code [start + k * FRAME_SECONDS, start + (k + 1) * FRAME_SECONDS)}, the last one up to {@code end}.
     */
    record Region(double start, double end, int first, int count) {

        /** Time at which frame {@code index} (a recording frame index inside the region) starts. */
        double timeOf(int index) {
            return index >= first + count ? end : start + (index - first) * FRAME_SECONDS;
        }
    }

    static final int BLOCK_FRAMES = 1 << 14;

    private final int dimensions;
    private final List<Region> regions = new ArrayList<>();
    private final BitSet quiet = new BitSet();
    private final List<float[]> blocks = new ArrayList<>();
    private int frames;

    SpeechFeatures(int dimensions) {
        this.dimensions = dimensions;
    }

    int dimensions() {
        return dimensions;
    }

    int frames() {
        return frames;
    }

    List<Region> regions() {
        return regions;
    }

    boolean quiet(int frame) {
        return quiet.get(frame);
    }

    /** Value {@code d} of frame {@code frame}. */
    float value(int frame, int d) {
        return blocks.get(frame / BLOCK_FRAMES)[(frame % BLOCK_FRAMES) * dimensions + d];
    }

    /** Starts a region; frames added next belong to it until the next region starts. */
    void startRegion(double start, double end) {
        regions.add(new Region(start, end, frames, 0));
    }

    /** Appends a frame to the current region; {@code vector} holds at least {@code dimensions} values. */
    void add(double[] vector, boolean isQuiet) {
        if (frames % BLOCK_FRAMES == 0) {
            blocks.add(new float[BLOCK_FRAMES * dimensions]);
        }
        float[] block = blocks.get(frames / BLOCK_FRAMES);
        int at = (frames % BLOCK_FRAMES) * dimensions;
        for (int d = 0; d < dimensions; d++) {
            block[at + d] = (float) vector[d];
        }
        quiet.set(frames, isQuiet);
        frames++;
        int last = regions.size() - 1;
        Region region = regions.get(last);
        regions.set(last, new Region(region.start(), region.end(), region.first(), region.count() + 1));
    }

    /** Drops regions that got no frame. */
    void finish() {
        regions.removeIf(region -> region.count() == 0);
    }

    /**
     * Cepstral mean and variance normalisation over the whole recording: every dimension shifted and scaled to
     * mean 0 and variance 1 over the frames that are not quiet.
     */
    void normalise() {
        double[] sum = new double[dimensions];
        double[] squares = new double[dimensions];
        int counted = 0;
        for (int f = 0; f < frames; f++) {
            if (quiet.get(f)) {
                continue;
            }
            counted++;
            for (int d = 0; d < dimensions; d++) {
                double v = value(f, d);
                sum[d] += v;
                squares[d] += v * v;
            }
        }
        if (counted < 2) {
            return;
        }
        double[] mean = new double[dimensions];
        double[] deviation = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            mean[d] = sum[d] / counted;
            deviation[d] = Math.sqrt(Math.max(squares[d] / counted - mean[d] * mean[d], 1e-12));
        }
        for (int f = 0; f < frames; f++) {
            float[] block = blocks.get(f / BLOCK_FRAMES);
            int at = (f % BLOCK_FRAMES) * dimensions;
            for (int d = 0; d < dimensions; d++) {
                block[at + d] = (float) ((block[at + d] - mean[d]) / deviation[d]);
            }
        }
    }
}
