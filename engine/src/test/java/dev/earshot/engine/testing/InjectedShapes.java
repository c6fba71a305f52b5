package dev.earshot.engine.testing;

import dev.earshot.engine.artifacts.ArtifactEvent;
import java.util.Optional;
import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;

/** The artifacts of {@link ArtifactInjection}, written into the channels of one signal. */
final class InjectedShapes {

    private static final double LOUD_RMS = Math.pow(10, -30 / 20.0);

    private final float[][] channels;
    private final float[] clean;
    private final int rate;
    private final Random random;

    InjectedShapes(float[][] channels, float[] clean, int rate, Random random) {
        this.channels = channels;
        this.clean = clean;
        this.rate = rate;
        this.random = random;
    }

    /** Injects one span; empty when it left no trace (clipping in a span too quiet to clip). */
    Optional<ArtifactEvent> apply(ArtifactInjection.Span span) {
        int start = (int) Math.round(span.startSeconds() * rate);
        int length = Math.max(1, (int) Math.round(span.seconds() * rate));
        return switch (span.type()) {
            case "click" -> Optional.of(click(start));
            case "clipping" -> clipping(loudFrom(start), length);
            case "dropout" -> Optional.of(dropout(loudFrom(start), length));
            case "hum" -> Optional.of(hum(start, length));
            case "dc_offset" -> Optional.of(dcOffset(start, length));
            case "noise_burst" -> Optional.of(noiseBurst(start, length));
            case "low_level" -> Optional.of(lowLevel(start, length));
            case "band_limited" -> Optional.of(bandLimit(start, length));
            default -> throw new IllegalArgumentException("not a span type here: " + span.type());
        };
    }

    private ArtifactEvent click(int at) {
        double amplitude = (0.15 + 0.45 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        int shape = random.nextInt(3);
        int length;
        if (shape == 0) {
            add(at, (float) amplitude);
            length = 1;
        } else if (shape == 1) {
            add(at, (float) amplitude);
            add(at + 1, (float) (-0.6 * amplitude));
            length = 2;
        } else {
            double tau = 0.0003 * rate;
            double hz = 2000 + random.nextDouble() * (0.35 * rate - 2000);
            length = (int) (5 * tau) + 1;
            for (int n = 0; n < length; n++) {
                add(at + n, (float) (amplitude * Math.exp(-n / tau) * Math.cos(2 * Math.PI * hz * n / rate)));
            }
        }
        return event("click", at, at + Math.max(length, rate / 1000));
    }

    /** Raises the speech (not the floor or other artifacts) by a gain and cuts the sum at a clipping level. */
    private Optional<ArtifactEvent> clipping(int start, int length) {
        float level = (float) (random.nextDouble() < 0.7 ? 1.0 : 0.7 + 0.25 * random.nextDouble());
        double peak = 0;
        for (int i = start; i < start + length; i++) {
            peak = Math.max(peak, Math.abs(clean[i]));
        }
        double gain = Math.min(8, Math.max(1.4, level / ((0.3 + 0.4 * random.nextDouble()) * peak)));
        int ramp = rate / 100;
        int first = -1;
        int last = -1;
        for (int c = 0; c < channels.length; c++) {
            float[] channel = channels[c];
            double speechGain = ArtifactInjection.channelGain(c);
            for (int i = start; i < start + length; i++) {
                double speech = speechGain * clean[i];
                double g = 1 + (gain - 1) * envelope(i - start, length, ramp);
                double v = channel[i] + (g - 1) * speech;
                if (Math.abs(v) >= level) {
                    first = first < 0 ? i : Math.min(first, i);
                    last = Math.max(last, i);
                    v = Math.copySign(level, v);
                }
                channel[i] = (float) v;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(event("clipping", first, last + 1));
    }

    private ArtifactEvent dropout(int start, int length) {
        for (float[] channel : channels) {
            java.util.Arrays.fill(channel, start, start + length, 0f);
        }
        return event("dropout", start, start + length);
    }

    private ArtifactEvent hum(int start, int length) {
        double mains = random.nextBoolean() ? 50 : 60;
        double amplitude = Math.pow(10, (-40 + 12 * random.nextDouble()) / 20);
        double[] phases = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
        int fade = rate / 50;
        for (int i = start; i < start + length; i++) {
            double t = (double) i / rate;
            double v = 0;
            for (int h = 1; h <= 4; h++) {
                v += amplitude / h * Math.sin(2 * Math.PI * (h * mains * t + phases[h - 1]));
            }
            add(i, (float) (v * envelope(i - start, length, fade)));
        }
        return event("hum", start, start + length);
    }

    private ArtifactEvent dcOffset(int start, int length) {
        double offset = (0.02 + 0.06 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        int fade = (int) (0.03 * rate);
        for (int i = start; i < start + length; i++) {
            add(i, (float) (offset * envelope(i - start, length, fade)));
        }
        return event("dc_offset", start, start + length);
    }

    private ArtifactEvent noiseBurst(int start, int length) {
        double rms = Math.pow(10, (-22 + 10 * random.nextDouble()) / 20);
        int fade = rate / 200;
        for (int i = start; i < start + length; i++) {
            add(i, (float) (rms * random.nextGaussian() * envelope(i - start, length, fade)));
        }
        return event("noise_burst", start, start + length);
    }

    private ArtifactEvent lowLevel(int start, int length) {
        double gain = Math.pow(10, -(25 + 10 * random.nextDouble()) / 20);
        int ramp = rate / 100;
        for (float[] channel : channels) {
            for (int i = start; i < start + length; i++) {
                channel[i] *= (float) (1 - (1 - gain) * envelope(i - start, length, ramp));
            }
        }
        return event("low_level", start, start + length);
    }

    private ArtifactEvent bandLimit(int start, int length) {
        double cutoff = (0.2 + 0.3 * random.nextDouble()) * rate / 2;
        int margin = rate / 20;
        int from = Math.max(0, start - margin);
        int to = Math.min(channels[0].length, start + length + margin);
        int fade = rate / 100;
        for (float[] channel : channels) {
            double[] filtered = lowPass(channel, from, to, cutoff);
            for (int i = start; i < start + length; i++) {
                double w = envelope(i - start, length, fade);
                channel[i] = (float) ((1 - w) * channel[i] + w * filtered[i - from]);
            }
        }
        return event("band_limited", start, start + length);
    }

    private double[] lowPass(float[] x, int from, int to, double cutoffHz) {
        int n = to - from;
        double[] data = new double[2 * n];
        for (int i = 0; i < n; i++) {
            data[2 * i] = x[from + i];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        fft.complexForward(data);
        for (int k = 0; k < n; k++) {
            if (Math.min(k, n - k) * (double) rate / n > cutoffHz) {
                data[2 * k] = 0;
                data[2 * k + 1] = 0;
            }
        }
        fft.complexInverse(data, true);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = data[2 * i];
        }
        return out;
    }

    /** Mutes {@code speech} over the span (10 ms ramps); the label covers the whole silence that made. */
    static ArtifactEvent mutePause(float[] speech, int rate, ArtifactInjection.Span span) {
        int start = (int) Math.round(span.startSeconds() * rate);
        int length = (int) Math.round(span.seconds() * rate);
        int ramp = rate / 100;
        for (int i = start; i < start + length && i < speech.length; i++) {
            speech[i] *= (float) (1 - envelope(i - start, length, ramp));
        }
        int first = start + ramp;
        while (first > 0 && speech[first - 1] == 0) {
            first--;
        }
        int last = start + length - ramp;
        while (last < speech.length && speech[last] == 0) {
            last++;
        }
        return new ArtifactEvent("long_pause", Math.round(first * 1000.0 / rate), Math.round(last * 1000.0 / rate),
                1);
    }

    /**
     * Adds a fricative: white noise through a band-pass resonator (the RBJ cookbook biquad, Q 1.5) at
     * {@code centreHz} (at most 0.4 of the rate), scaled to {@code rms} and shaped by a raised-cosine envelope.
     */
    static void addFricative(float[] x, int rate, int at, int length, double centreHz, double rms, Random random) {
        double w = 2 * Math.PI * Math.min(centreHz, 0.4 * rate) / rate;
        double alpha = Math.sin(w) / 3;
        double b0 = alpha / (1 + alpha);
        double a1 = -2 * Math.cos(w) / (1 + alpha);
        double a2 = (1 - alpha) / (1 + alpha);
        int n = Math.min(length, x.length - at);
        double[] band = new double[n];
        double in1 = 0;
        double in2 = 0;
        for (int i = 0; i < n; i++) {
            double white = random.nextGaussian();
            band[i] = b0 * (white - in2) - a1 * (i > 0 ? band[i - 1] : 0) - a2 * (i > 1 ? band[i - 2] : 0);
            in2 = in1;
            in1 = white;
        }
        double sum = 0;
        for (double v : band) {
            sum += v * v;
        }
        double scale = rms / Math.sqrt(sum / Math.max(1, n) + 1e-30);
        for (int i = 0; i < n; i++) {
            x[at + i] += (float) (scale * band[i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / length)));
        }
    }

    /** 0 to 1 to 0 over a span: raised-cosine ramps of {@code ramp} samples at both ends. */
    private static double envelope(int i, int length, int ramp) {
        int edge = Math.min(i, length - 1 - i);
        return edge >= ramp ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, edge) / ramp);
    }

    /** The first sample at or after {@code start} (at most 0.5 s later) where the clean speech is loud. */
    private int loudFrom(int start) {
        int window = rate / 50;
        for (int at = start; at < Math.min(clean.length - window, start + rate / 2); at += window / 4) {
            if (Signals.rms(clean, at, at + window) > LOUD_RMS) {
                return at;
            }
        }
        return start;
    }

    private void add(int i, float value) {
        if (i < channels[0].length) {
            for (float[] channel : channels) {
                channel[i] += value;
            }
        }
    }

    private ArtifactEvent event(String type, int from, int to) {
        long startMs = (long) Math.floor(from * 1000.0 / rate);
        long endMs = Math.max(startMs + 1, (long) Math.ceil(to * 1000.0 / rate));
        return new ArtifactEvent(type, startMs, endMs, 1);
    }
}
