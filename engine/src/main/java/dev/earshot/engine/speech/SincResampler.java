package dev.earshot.engine.speech;

import java.util.Arrays;

/**
 * Streaming mono sample-rate converter: polyphase windowed-sinc (Kaiser window, beta 8.5, 24 zero crossings,
 * cut-off at 90% of the lower Nyquist frequency). Input is pushed in blocks and output pulled, so memory
 * holds one block plus the filter length whatever the duration. Output sample {@code n} sits at input time
 * {@code n * inRate / outRate}; the output has {@code ceil(inputSamples * outRate / inRate)} samples.
 * Not thread-safe: one instance per stream.
 */
final class SincResampler {

    private static final int ZERO_CROSSINGS = 24;
    private static final double CUTOFF = 0.9;
    private static final double KAISER_BETA = 8.5;
    private static final int MAX_PHASES = 2048;
    private static final int MAX_TABLE = 1 << 20;

    private final long up;
    private final long down;
    private final int phases;
    private final int halfTaps;
    private final float[][] kernels;
    private float[] buffer;
    private long bufferStart;
    private int buffered;
    private long inputTotal;
    private long nextOutput;

    SincResampler(int inRate, int outRate) {
        long gcd = gcd(inRate, outRate);
        up = outRate / gcd;
        down = inRate / gcd;
        double cutoff = CUTOFF * Math.min(1.0, (double) outRate / inRate);
        halfTaps = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        phases = (int) Math.min(up, Math.min(MAX_PHASES, Math.max(16, MAX_TABLE / (2 * halfTaps))));
        kernels = new float[phases][];
        for (int p = 0; p < phases; p++) {
            kernels[p] = kernel(p / (double) phases, cutoff);
        }
        buffer = new float[4 * halfTaps + 4096];
        bufferStart = -halfTaps;
        buffered = halfTaps;
    }

    /** Appends {@code count} input samples from {@code samples}. */
    void push(float[] samples, int count) {
        if (buffered + count > buffer.length) {
            compact();
            if (buffered + count > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffered + count + 2 * halfTaps);
            }
        }
        System.arraycopy(samples, 0, buffer, buffered, count);
        buffered += count;
        inputTotal += count;
    }

    /**
     * Writes up to {@code max} output samples to {@code out} from index {@code offset}.
     *
     * @param ended true once all input has been pushed: the signal is then zero past its end
     * @return samples written; 0 means push more input (or, when ended, that the output is complete)
     */
    int pull(float[] out, int offset, int max, boolean ended) {
        long outputTotal = outputLength(inputTotal);
        int written = 0;
        while (written < max && !(ended && nextOutput >= outputTotal)) {
            long position = nextOutput * down;
            long base = Math.floorDiv(position, up);
            if (!ended && base + halfTaps >= bufferStart + buffered) {
                break;
            }
            out[offset + written++] = convolve(base, position - base * up);
            nextOutput++;
        }
        return written;
    }

    /** Output samples a stream of {@code inputSamples} input samples turns into. */
    long outputLength(long inputSamples) {
        return (inputSamples * up + down - 1) / down;
    }

    private float convolve(long base, long phaseNumerator) {
        int phase = (int) Math.round(phaseNumerator * (double) phases / up);
        if (phase == phases) {
            phase = 0;
            base++;
        }
        float[] kernel = kernels[phase];
        int from = (int) (base - (halfTaps - 1) - bufferStart);
        int available = (int) Math.min(kernel.length, Math.max(0, buffered - from));
        double sum = 0;
        for (int j = 0; j < available; j++) {
            sum += kernel[j] * buffer[from + j];
        }
        return (float) sum;
    }

    private void compact() {
        long firstNeeded = Math.floorDiv(nextOutput * down, up) - halfTaps;
        int drop = (int) Math.max(0, Math.min(buffered, firstNeeded - bufferStart));
        System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
        buffered -= drop;
        bufferStart += drop;
    }

    private float[] kernel(double fraction, double cutoff) {
        float[] taps = new float[2 * halfTaps];
        double sum = 0;
        double[] values = new double[taps.length];
        for (int j = 0; j < taps.length; j++) {
            double t = fraction - (j - (halfTaps - 1));
            values[j] = cutoff * sinc(cutoff * t) * kaiser(t / halfTaps);
            sum += values[j];
        }
        for (int j = 0; j < taps.length; j++) {
            taps[j] = (float) (values[j] / sum);
        }
        return taps;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        if (Math.abs(x) >= 1) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
