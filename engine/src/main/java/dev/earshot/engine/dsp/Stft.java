package dev.earshot.engine.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Short-time Fourier transform with a periodic Hann window and a hop of a quarter frame. Spectra are in
 * JTransforms' packed real layout ({@code size} floats: re[0], re[size/2], then re/im pairs). Resynthesis
 * ({@link #inverse}) applies the window again and divides by the summed squared windows, so that
 * overlap-adding the inverse of unmodified frames gives back the input exactly (weighted overlap-add).
 * One instance per thread.
 */
public final class Stft {

    private static final double REFERENCE_SIZE = 2048;
    private static final double REFERENCE_RATE = 44_100;

    private final int size;
    private final int hop;
    private final float[] window;
    private final float[] synthesisScale;
    private final float powerScale;
    private final FloatFFT_1D fft;

    /** @param size frame length in samples: a power of two, 64 or more */
    public Stft(int size) {
        if (size < 64 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("STFT size must be a power of two >= 64, got " + size);
        }
        this.size = size;
        this.hop = size / 4;
        this.window = new float[size];
        for (int n = 0; n < size; n++) {
            window[n] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * n / size));
        }
        this.synthesisScale = new float[hop];
        for (int n = 0; n < hop; n++) {
            double sum = 0;
            for (int m = n; m < size; m += hop) {
                sum += window[m] * window[m];
            }
            synthesisScale[n] = (float) (1 / sum);
        }
        double peak = size / 4.0;
        this.powerScale = (float) (1 / (peak * peak));
        this.fft = new FloatFFT_1D(size);
    }

    /**
     * The frame size for {@code sampleRate} Hz: 2048 at 44.1 kHz, scaled with the rate to the nearest power
     * of two (1024 at 16 kHz, 2048 at 48 kHz), from 256 to 65,536.
     */
    public static Stft forSampleRate(int sampleRate) {
        double ideal = REFERENCE_SIZE * sampleRate / REFERENCE_RATE;
        int exponent = (int) Math.round(Math.log(ideal) / Math.log(2));
        return new Stft(1 << Math.max(8, Math.min(exponent, 16)));
    }

    /** Frame length in samples. */
    public int size() {
        return size;
    }

    /** Samples between the starts of consecutive frames: {@code size / 4}. */
    public int hop() {
        return hop;
    }

    /** Frequency bins, DC to Nyquist: {@code size / 2 + 1}. */
    public int bins() {
        return size / 2 + 1;
    }

    /** Windows {@code frame} ({@code size} samples) and writes its packed spectrum into {@code spectrum}. */
    public void forward(float[] frame, float[] spectrum) {
        for (int n = 0; n < size; n++) {
            spectrum[n] = frame[n] * window[n];
        }
        fft.realForward(spectrum);
    }

    /**
     * Turns a packed spectrum back into a windowed, normalised frame for {@link OverlapAdd}. Overwrites
     * {@code spectrum}; the result goes to {@code frame}.
     */
    public void inverse(float[] spectrum, float[] frame) {
        fft.realInverse(spectrum, true);
        for (int n = 0; n < size; n++) {
            frame[n] = spectrum[n] * window[n] * synthesisScale[n % hop];
        }
    }

    /**
     * Power per bin into {@code power} ({@link #bins()} values), scaled so that a full-scale sine centred
     * on a bin reads 1.0 (0 dB) there.
     */
    public void power(float[] spectrum, float[] power) {
        power[0] = spectrum[0] * spectrum[0] * powerScale;
        int half = size / 2;
        power[half] = spectrum[1] * spectrum[1] * powerScale;
        for (int k = 1; k < half; k++) {
            float re = spectrum[2 * k];
            float im = spectrum[2 * k + 1];
            power[k] = (re * re + im * im) * powerScale;
        }
    }

    /** Multiplies every bin of a packed spectrum by its gain ({@link #bins()} values). */
    public void applyGains(float[] spectrum, float[] gains) {
        int half = size / 2;
        spectrum[0] *= gains[0];
        spectrum[1] *= gains[half];
        for (int k = 1; k < half; k++) {
            spectrum[2 * k] *= gains[k];
            spectrum[2 * k + 1] *= gains[k];
        }
    }
}
