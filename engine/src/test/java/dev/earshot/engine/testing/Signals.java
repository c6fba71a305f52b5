package dev.earshot.engine.testing;

import java.util.Random;

/** Test signals generated in code, as mono float arrays in [-1, 1]. */
public final class Signals {

    private Signals() {
    }

    /**
     * A speech-like signal: a stack of harmonics (1/h amplitudes up to 4 kHz) on a pitch that glides between
     * about 100 and 180 Hz, shaped into syllables of 120-300 ms (raised-cosine envelopes, about 4 per second)
     * grouped into phrases of 1-2 s separated by pauses of 0.3-0.7 s. Peak about 0.5.
     */
    public static float[] speechLike(int rate, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[] out = new float[n];
        double phase = 0;
        double[] harmonicPhase = new double[64];
        int position = 0;
        while (position < n) {
            int phraseEnd = Math.min(n, position + (int) ((1.0 + random.nextDouble()) * rate));
            while (position < phraseEnd) {
                int syllable = (int) ((0.12 + 0.18 * random.nextDouble()) * rate);
                double gain = 0.25 + 0.25 * random.nextDouble();
                for (int i = 0; i < syllable && position < n; i++, position++) {
                    double t = (double) position / rate;
                    double f0 = 140 + 30 * Math.sin(2 * Math.PI * 0.7 * t) + 10 * Math.sin(2 * Math.PI * 3.1 * t);
                    double envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / syllable);
                    out[position] = (float) (gain * envelope * harmonics(f0, rate, harmonicPhase));
                }
            }
            position += (int) ((0.3 + 0.4 * random.nextDouble()) * rate);
        }
        return out;
    }

    private static double harmonics(double f0, int rate, double[] phases) {
        double sum = 0;
        for (int h = 1; h < phases.length && h * f0 < Math.min(4000, rate / 2.0); h++) {
            phases[h] += 2 * Math.PI * h * f0 / rate;
            if (phases[h] > 2 * Math.PI) {
                phases[h] -= 2 * Math.PI;
            }
            sum += Math.sin(phases[h]) / h;
        }
        return sum / 2.5;
    }

    /** Gaussian white noise of the given RMS. */
    public static float[] whiteNoise(int n, double rms, long seed) {
        Random random = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (random.nextGaussian() * rms);
        }
        return out;
    }

    /** A sine of {@code amplitude} at {@code hz}. */
    public static float[] tone(int rate, double seconds, double hz, double amplitude) {
        int n = (int) Math.round(seconds * rate);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    /** {@code first} followed by {@code second}. */
    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Sample-wise sum of two signals of equal length. */
    public static float[] add(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /** Root mean square of {@code x[from, to)}. */
    public static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /** Interleaves mono channels of equal length. */
    public static float[] interleave(float[]... channels) {
        int n = channels[0].length;
        float[] out = new float[n * channels.length];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels.length; c++) {
                out[i * channels.length + c] = channels[c][i];
            }
        }
        return out;
    }

    /** Scale-invariant signal-to-distortion ratio of {@code estimate} against {@code reference}, in dB. */
    public static double siSdr(float[] reference, float[] estimate) {
        double dot = 0;
        double energy = 0;
        for (int i = 0; i < reference.length; i++) {
            dot += (double) reference[i] * estimate[i];
            energy += (double) reference[i] * reference[i];
        }
        double alpha = dot / energy;
        double target = 0;
        double error = 0;
        for (int i = 0; i < reference.length; i++) {
            double t = alpha * reference[i];
            double e = estimate[i] - t;
            target += t * t;
            error += e * e;
        }
        return 10 * Math.log10(target / error);
    }
}
