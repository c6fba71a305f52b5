package dev.earshot.engine.artifacts.builtin;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * The power spectrum of one long stretch of samples: Hann window over the stretch, zero-padded to a power of two at
 * least its length and a third of the sample rate (so bins are at most 3 Hz wide), scaled so that a sine of amplitude
 * {@code a} centred on a bin reads {@code a * a} there. One instance per thread.
 */
final class FineSpectrum {

    private final FloatFFT_1D fft;
    private final float[] buffer;
    private final float[] power;
    private final int sampleRate;
    private float[] hann = new float[0];
    private double hannSum;

    /** @param maxSamples the longest stretch, 1 or more */
    FineSpectrum(int sampleRate, int maxSamples) {
        int size = Integer.highestOneBit(Math.max(1, Math.max(maxSamples, sampleRate / 3) - 1)) << 1;
        this.fft = new FloatFFT_1D(size);
        this.buffer = new float[size];
        this.power = new float[size / 2 + 1];
        this.sampleRate = sampleRate;
    }

    /** Computes the spectrum of {@code x[from, from + length)} and returns it; valid until the next call. */
    float[] compute(float[] x, int from, int length) {
        if (hann.length != length) {
            hann = new float[length];
            hannSum = 0;
            for (int i = 0; i < length; i++) {
                hann[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / length));
                hannSum += hann[i];
            }
        }
        double windowSum = hannSum;
        for (int i = 0; i < length; i++) {
            buffer[i] = x[from + i] * hann[i];
        }
        Arrays.fill(buffer, length, buffer.length, 0);
        fft.realForward(buffer);
        double scale = 4 / (windowSum * windowSum);
        int half = buffer.length / 2;
        power[0] = (float) (buffer[0] * buffer[0] * scale / 4);
        power[half] = (float) (buffer[1] * buffer[1] * scale / 4);
        for (int k = 1; k < half; k++) {
            power[k] = (float) ((buffer[2 * k] * buffer[2 * k] + buffer[2 * k + 1] * buffer[2 * k + 1]) * scale);
        }
        return power;
    }

    /** The spectrum last computed. */
    float[] power() {
        return power;
    }

    /** Width of one bin in Hz. */
    double binHz() {
        return sampleRate / (double) buffer.length;
    }
}
