package dev.earshot.engine.artifacts.builtin;

import java.util.Arrays;

/**
 * Linear prediction by the autocorrelation method: the coefficients {@code a[1..p]} that predict a sample from the
 * {@code p} before it, {@code x[n] ~ sum a[k] x[n - k]}, from the autocorrelation of a Hann-windowed span solved with
 * the Levinson-Durbin recursion, with a white-noise correction of -40 dB (the zero-lag term raised by 1e-4) so that
 * the predictor stays stable on quiet or nearly periodic spans. One instance per thread.
 */
final class LinearPrediction {

    private static final double WHITE_NOISE_CORRECTION = 1e-5;
    private static final double FLOOR = 1e-20;

    private final int order;
    private final double[] windowed;
    private final double[] autocorrelation;
    private final double[] coefficients;
    private final double[] previous;
    private double[] hann = new double[0];

    LinearPrediction(int order, int maxSpan) {
        this.order = order;
        this.windowed = new double[maxSpan];
        this.autocorrelation = new double[order + 1];
        this.coefficients = new double[order + 1];
        this.previous = new double[order + 1];
    }

    int order() {
        return order;
    }

    /** The mean of {@code x[from, to)}. */
    double mean(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / Math.max(1, to - from);
    }

    /**
     * Fits {@code x[from, to)} less {@code mean} and returns the coefficients ({@code [0]} unused); valid until the
     * next call.
     */
    double[] fit(float[] x, int from, int to, double mean) {
        int n = to - from;
        double[] window = hann(n);
        for (int i = 0; i < n; i++) {
            windowed[i] = (x[from + i] - mean) * window[i];
        }
        for (int lag = 0; lag <= order; lag++) {
            double sum = 0;
            for (int i = lag; i < n; i++) {
                sum += windowed[i] * windowed[i - lag];
            }
            autocorrelation[lag] = sum;
        }
        autocorrelation[0] = autocorrelation[0] * (1 + WHITE_NOISE_CORRECTION) + FLOOR;
        levinson();
        return coefficients;
    }

    private double[] hann(int n) {
        if (hann.length != n) {
            hann = new double[n];
            for (int i = 0; i < n; i++) {
                hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / n);
            }
        }
        return hann;
    }

    private void levinson() {
        Arrays.fill(coefficients, 0);
        double error = autocorrelation[0];
        for (int m = 1; m <= order; m++) {
            double acc = autocorrelation[m];
            for (int k = 1; k < m; k++) {
                acc -= coefficients[k] * autocorrelation[m - k];
            }
            double reflection = acc / error;
            System.arraycopy(coefficients, 0, previous, 0, m);
            coefficients[m] = reflection;
            for (int k = 1; k < m; k++) {
                coefficients[k] = previous[k] - reflection * previous[m - k];
            }
            error *= 1 - reflection * reflection;
            if (error <= FLOOR) {
                return;
            }
        }
    }
}
