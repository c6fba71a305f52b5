package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.dsp.Stft;
import java.util.Arrays;

/**
 * The short windows of one frame's mono mix: windows of {@link #size()} samples (about 23 ms) every half window, each
 * with its RMS level, its Hann-windowed power spectrum (scaled as {@link Stft#power} scales it: a full-scale sine
 * centred on a bin reads 1) and the spectral flatness of that spectrum; and their mean spectrum (Welch's method). A
 * frame shorter than one window has one window, zero-padded. Filled by {@link FrameAnalyzer} for every frame in turn;
 * readers must not write into the arrays.
 */
public final class ShortWindows {

    private static final double FLATNESS_LOW_HZ = 100;
    private static final double FLATNESS_HIGH_SHARE = 0.9;
    private static final double FLOOR_POWER = 1e-20;

    private final Stft stft;
    private final int sampleRate;
    private final float[] window;
    private final float[] spectrum;
    private final float[][] power;
    private final double[] levelDb;
    private final double[] flatness;
    private final float[] meanPower;
    private final int flatLow;
    private final int flatHigh;
    private int count;

    ShortWindows(int sampleRate, int maxSamples) {
        this.sampleRate = sampleRate;
        this.stft = new Stft(size(sampleRate));
        int size = stft.size();
        int most = maxSamples <= size ? 1 : 1 + (maxSamples - size) / (size / 2);
        this.window = new float[size];
        this.spectrum = new float[size];
        this.power = new float[most][stft.bins()];
        this.levelDb = new double[most];
        this.flatness = new double[most];
        this.meanPower = new float[stft.bins()];
        this.flatLow = Math.max(1, (int) Math.round(FLATNESS_LOW_HZ / binHz()));
        this.flatHigh = Math.max(flatLow + 1, (int) Math.round(FLATNESS_HIGH_SHARE * (stft.bins() - 1)));
    }

    /**
     * The window length for audio of {@code sampleRate} Hz: the power of two nearest to 23 ms (1024 samples at 44.1 and
     * 48 kHz, 512 at 16 kHz, 256 at 8 kHz), at least 64.
     */
    public static int size(int sampleRate) {
        int exponent = (int) Math.round(Math.log(0.023 * sampleRate) / Math.log(2));
        return 1 << Math.max(6, exponent);
    }

    void analyze(float[] mono, int length) {
        int size = stft.size();
        int hop = size / 2;
        count = length <= size ? 1 : 1 + (length - size) / hop;
        Arrays.fill(meanPower, 0);
        for (int w = 0; w < count; w++) {
            int from = w * hop;
            int n = Math.min(size, length - from);
            System.arraycopy(mono, from, window, 0, n);
            Arrays.fill(window, n, size, 0);
            levelDb[w] = Decibels.fromPower(variance(window, n));
            stft.forward(window, spectrum);
            stft.power(spectrum, power[w]);
            flatness[w] = flatness(power[w]);
            for (int k = 0; k < meanPower.length; k++) {
                meanPower[k] += power[w][k] / count;
            }
        }
    }

    /** Mean square of {@code x[0, n)} about its mean: the level of the sound without any DC offset. */
    static double variance(float[] x, int n) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            squares += (double) x[i] * x[i];
        }
        double mean = sum / n;
        return Math.max(0, squares / n - mean * mean);
    }

    private double flatness(float[] bins) {
        double logSum = 0;
        double sum = 0;
        for (int k = flatLow; k < flatHigh; k++) {
            double p = bins[k] + FLOOR_POWER;
            logSum += Math.log(p);
            sum += p;
        }
        int n = flatHigh - flatLow;
        return Math.exp(logSum / n) / (sum / n);
    }

    /** Window length in samples. */
    public int size() {
        return stft.size();
    }

    /** Samples between window starts: half a window. */
    public int hop() {
        return stft.size() / 2;
    }

    /** Milliseconds between window starts. */
    public double hopMs() {
        return 1000.0 * hop() / sampleRate;
    }

    /** Number of windows in the frame, 1 or more. */
    public int count() {
        return count;
    }

    /** Frequency bins per spectrum, DC to Nyquist. */
    public int bins() {
        return stft.bins();
    }

    /** Width of one bin in Hz. */
    public double binHz() {
        return sampleRate / (double) stft.size();
    }

    /** RMS level of window {@code w} about its mean, dBFS, -140 or more. */
    public double levelDb(int w) {
        return levelDb[w];
    }

    /**
     * Spectral flatness of window {@code w}: geometric over arithmetic mean of its power from 100 Hz to 90 % of
     * Nyquist, 0 (a pure tone) to 1 (flat, like white noise; about 0.56 for a single window of white noise).
     */
    public double flatness(int w) {
        return flatness[w];
    }

    /** Power spectrum of window {@code w} ({@link #bins()} values). */
    public float[] power(int w) {
        return power[w];
    }

    /** Mean power spectrum over the frame's windows ({@link #bins()} values). */
    public float[] meanPower() {
        return meanPower;
    }
}
