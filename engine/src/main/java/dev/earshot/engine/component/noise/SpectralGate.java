package dev.earshot.engine.component.noise;

import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.dsp.Framer;
import dev.earshot.engine.dsp.MonoSource;
import dev.earshot.engine.dsp.OverlapAdd;
import dev.earshot.engine.dsp.Stft;
import java.util.Arrays;

/**
 * Streams a mono signal through an STFT gate and writes the resynthesised result.
 * <p>
 * Per frame and bin, with {@code r} the bin's power over its threshold power, the soft mask
 * {@code r^4 / (1 + r^4)} rises from 0 below the noise threshold to 1 above it: 0.5 at the threshold, 0.06
 * at 3 dB below, 0.94 at 3 dB above (a logistic curve in dB with a slope of {@code 10 / (4 ln 10)}, about
 * 1.09 dB, computed without logarithms). The mask is smoothed with a triangular kernel over
 * {@code ±freqHalfWidth} bins and {@code ±timeHalfWidth} frames (normalised by the weights inside the
 * spectrogram, so edges are not darkened), mapped to a gain in [floor, 1] and applied; weighted overlap-add
 * gives the output. A frame is finished once the {@code timeHalfWidth} frames after it are known, so only
 * {@code 2 * timeHalfWidth + 1} spectra are held. The output has exactly the input's length.
 */
final class SpectralGate {

    private static final float MAX_RATIO = 1e4f;

    private final Stft stft;
    private final float[] inverseThresholds;
    private final float[] timeWeights;
    private final float[] freqWeights;
    private final float freqTotal;
    private final float floor;
    private final int ring;
    private final float[][] spectra;
    private final float[][] masks;
    private final float[] power;
    private final float[] smoothed;
    private final float[] gains;

    /**
     * @param thresholds     gate threshold per bin, in dB ({@code stft.bins()} values)
     * @param freqHalfWidth  mask smoothing half-width in bins, 0 or more
     * @param timeHalfWidth  mask smoothing half-width in frames, 0 or more
     * @param floorDb        gain applied to pure noise, in dB (negative)
     */
    SpectralGate(Stft stft, float[] thresholds, int freqHalfWidth, int timeHalfWidth, double floorDb) {
        this.stft = stft;
        this.inverseThresholds = new float[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
            inverseThresholds[k] = (float) (1 / Math.pow(10, thresholds[k] / 10.0));
        }
        this.timeWeights = triangle(timeHalfWidth);
        this.freqWeights = triangle(freqHalfWidth);
        this.freqTotal = edgeTotal(-freqHalfWidth, freqHalfWidth);
        this.floor = (float) Decibels.toAmplitude(floorDb);
        this.ring = 2 * timeHalfWidth + 1;
        this.spectra = new float[ring][stft.size()];
        this.masks = new float[ring][stft.bins()];
        this.power = new float[stft.bins()];
        this.smoothed = new float[stft.bins()];
        this.gains = new float[stft.bins()];
    }

    /** Reads {@code length} samples from {@code source}, writes as many gated samples to {@code out}. */
    void run(MonoSource source, long length, PcmWriter out, BlockListener listener) {
        int size = stft.size();
        int hop = stft.hop();
        int half = ring / 2;
        long frames = length == 0 ? 0 : (size - hop + length + hop - 1) / hop;
        Framer framer = new Framer(source, size, hop, true);
        Output output = new Output(size, hop, length, out);
        float[] frame = new float[size];
        for (long j = 0; j < frames; j++) {
            framer.next(frame);
            int slot = (int) (j % ring);
            stft.forward(frame, spectra[slot]);
            stft.power(spectra[slot], power);
            rawMask(power, masks[slot]);
            if (j >= half) {
                finish(j - half, j, output);
            }
            if (j % 64 == 63) {
                listener.blockDone((double) j / frames);
            }
        }
        for (long t = Math.max(0, frames - half); t < frames; t++) {
            finish(t, frames - 1, output);
        }
        listener.blockDone(1);
    }

    private void rawMask(float[] power, float[] mask) {
        for (int k = 0; k < mask.length; k++) {
            float r = Math.min(power[k] * inverseThresholds[k], MAX_RATIO);
            float r2 = r * r;
            float r4 = r2 * r2;
            mask[k] = r4 / (1 + r4);
        }
    }

    private void finish(long t, long last, Output output) {
        smoothInTime(t, last);
        smoothInFrequency();
        float[] spectrum = spectra[(int) (t % ring)];
        stft.applyGains(spectrum, gains);
        output.add(spectrum, stft);
    }

    private void smoothInTime(long t, long last) {
        int half = ring / 2;
        Arrays.fill(smoothed, 0f);
        float total = 0;
        for (int d = -half; d <= half; d++) {
            long index = t + d;
            if (index < 0 || index > last) {
                continue;
            }
            float w = timeWeights[d + half];
            float[] mask = masks[(int) (index % ring)];
            for (int k = 0; k < smoothed.length; k++) {
                smoothed[k] += w * mask[k];
            }
            total += w;
        }
        for (int k = 0; k < smoothed.length; k++) {
            smoothed[k] /= total;
        }
    }

    private void smoothInFrequency() {
        int half = freqWeights.length / 2;
        int bins = smoothed.length;
        for (int k = 0; k < bins; k++) {
            int from = Math.max(-half, -k);
            int to = Math.min(half, bins - 1 - k);
            float sum = 0;
            for (int d = from; d <= to; d++) {
                sum += freqWeights[d + half] * smoothed[k + d];
            }
            float total = from == -half && to == half ? freqTotal : edgeTotal(from, to);
            gains[k] = floor + (1 - floor) * (sum / total);
        }
    }

    private float edgeTotal(int from, int to) {
        float total = 0;
        for (int d = from; d <= to; d++) {
            total += freqWeights[d + freqWeights.length / 2];
        }
        return total;
    }

    private static float[] triangle(int half) {
        float[] weights = new float[2 * half + 1];
        for (int d = -half; d <= half; d++) {
            weights[d + half] = half + 1 - Math.abs(d);
        }
        return weights;
    }

    /** Overlap-adds finished frames and writes the samples of the real signal, skipping the leading pad. */
    private static final class Output {
        private final OverlapAdd overlapAdd;
        private final PcmWriter out;
        private final float[] frame;
        private final float[] finished;
        private final long length;
        private long padded;
        private long written;

        Output(int size, int hop, long length, PcmWriter out) {
            this.overlapAdd = new OverlapAdd(size, hop);
            this.out = out;
            this.frame = new float[size];
            this.finished = new float[hop];
            this.length = length;
            this.padded = -(size - hop);
        }

        void add(float[] spectrum, Stft stft) {
            stft.inverse(spectrum, frame);
            overlapAdd.add(frame, finished);
            int hop = finished.length;
            int skip = (int) Math.max(0, Math.min(hop, -padded));
            padded += hop;
            int count = (int) Math.min(hop - skip, length - written);
            if (count > 0) {
                out.write(finished, skip, count);
                written += count;
            }
        }
    }
}
