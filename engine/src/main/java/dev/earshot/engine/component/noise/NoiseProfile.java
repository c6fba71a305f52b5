package dev.earshot.engine.component.noise;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.dsp.Framer;
import dev.earshot.engine.dsp.MonoSource;
import dev.earshot.engine.dsp.Stft;

/**
 * Per-bin gate thresholds learned from a noise-only stretch: for every frequency bin, the mean of the
 * bin's level in dB over the stretch's STFT frames plus {@code stdFactor} standard deviations.
 * <p>
 * Frames of digital silence (below {@value #SILENT_FRAME_DB} dBFS) carry no information about the noise and
 * are left out. When at least half of the stretch is digital silence, the quietest part of the file is
 * silence, there is nothing to learn and every threshold is {@link #PASS_ALL_DB}, so the gate passes
 * everything.
 */
final class NoiseProfile {

    /** A threshold no bin is below: the gate stays open. */
    static final float PASS_ALL_DB = -200f;

    static final double SILENT_FRAME_DB = -100;

    private NoiseProfile() {
    }

    /** Thresholds in dB per bin ({@code stft.bins()} values) from the frames of {@code span}. */
    static float[] thresholds(PcmFile file, FrameSpan span, Stft stft, double stdFactor) {
        FrameSpan covered = atLeastOneFrame(span, stft.size(), file.frames());
        int bins = stft.bins();
        double[] sum = new double[bins];
        double[] sumSquares = new double[bins];
        long frames = 1 + Math.max(0, covered.length() - stft.size()) / stft.hop();
        long used = 0;
        float[] frame = new float[stft.size()];
        float[] spectrum = new float[stft.size()];
        float[] power = new float[bins];
        try (MonoSource source = new MonoSource(file, covered.start(), covered.length())) {
            Framer framer = new Framer(source, stft.size(), stft.hop(), false);
            for (long f = 0; f < frames; f++) {
                framer.next(frame);
                if (meanSquareDb(frame) < SILENT_FRAME_DB) {
                    continue;
                }
                stft.forward(frame, spectrum);
                stft.power(spectrum, power);
                for (int k = 0; k < bins; k++) {
                    double db = Decibels.fromPower(power[k]);
                    sum[k] += db;
                    sumSquares[k] += db * db;
                }
                used++;
            }
        }
        return threshold(sum, sumSquares, used, frames, stdFactor);
    }

    private static float[] threshold(double[] sum, double[] sumSquares, long used, long frames,
                                     double stdFactor) {
        float[] threshold = new float[sum.length];
        for (int k = 0; k < sum.length; k++) {
            if (used * 2 <= frames) {
                threshold[k] = PASS_ALL_DB;
                continue;
            }
            double mean = sum[k] / used;
            double std = Math.sqrt(Math.max(0, sumSquares[k] / used - mean * mean));
            threshold[k] = (float) (mean + stdFactor * std);
        }
        return threshold;
    }

    private static FrameSpan atLeastOneFrame(FrameSpan span, int size, long total) {
        if (span.length() >= size || total <= span.length()) {
            return span;
        }
        long start = span.start() - (size - span.length()) / 2;
        start = Math.max(0, Math.min(start, total - size));
        return new FrameSpan(start, Math.min(size, total));
    }

    private static double meanSquareDb(float[] frame) {
        double sum = 0;
        for (float s : frame) {
            sum += (double) s * s;
        }
        return Decibels.fromPower(sum / frame.length);
    }
}
