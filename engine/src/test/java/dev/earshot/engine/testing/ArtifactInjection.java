package dev.earshot.engine.testing;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.audio.AudioFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Artifacts injected into clean speech at known times, for tests that need exact labels: clicks, clipping, dropouts,
 * hum, DC offset, noise bursts, low-level spans, band limitation and long pauses (see {@link #TYPES}). The clean audio
 * is either generated ({@link #speech}: {@link Signals#speechLike} with fricative noise on some syllables) or given
 * (a real recording). A white noise floor is added to every channel, independent per channel, so the audio never
 * holds digital silence unless a dropout puts it there. Each label is the span the artifact really took: clipping
 * from the first to the last clipped sample, a long pause over the whole silence it made, including the speech pause
 * it joined. Used by the engine's detector tests and, through the engine test-jar, by the server's tests.
 */
public final class ArtifactInjection {

    /** Every type this class injects. */
    public static final List<String> TYPES = List.of("clipping", "click", "dropout", "hum", "dc_offset", "noise_burst",
            "low_level", "band_limited", "long_pause");

    /** Noise floor added to generated speech: -65 dBFS RMS. */
    public static final double FLOOR_RMS = Math.pow(10, -65 / 20.0);

    private static final Map<String, double[]> SECONDS = Map.of("clipping", new double[] {0.4, 1.2},
            "click", new double[] {0.002, 0.002}, "dropout", new double[] {0.02, 0.2}, "hum", new double[] {1.5, 4},
            "dc_offset", new double[] {1, 3}, "noise_burst", new double[] {0.15, 0.8},
            "low_level", new double[] {1.5, 4}, "band_limited", new double[] {1, 4},
            "long_pause", new double[] {0.9, 2.5});

    /**
     * One artifact to inject.
     *
     * @param type         one of {@link #TYPES}
     * @param startSeconds where it starts; clipping and dropouts move up to 0.5 s forward to where speech is loud
     * @param seconds      how long it lasts (clicks last about 2 ms whatever is given)
     */
    public record Span(String type, double startSeconds, double seconds) {

        public Span {
            if (!TYPES.contains(type) || startSeconds < 0 || !(seconds > 0)) {
                throw new IllegalArgumentException("bad span " + type + " at " + startSeconds + " s for " + seconds);
            }
        }

        double endSeconds() {
            return startSeconds + seconds;
        }
    }

    private ArtifactInjection() {
    }

    /**
     * {@code perType} spans of each of {@code types}, with seeded random lengths from each type's range, in a seeded
     * random order at random times in {@code totalSeconds}, none within {@code gapSeconds} of another or of either
     * end of the audio.
     *
     * @throws IllegalArgumentException when they do not fit
     */
    public static List<Span> plan(List<String> types, int perType, double totalSeconds, double gapSeconds, long seed) {
        Random random = new Random(seed);
        List<String> order = new ArrayList<>();
        for (String type : types) {
            order.addAll(Collections.nCopies(perType, type));
        }
        Collections.shuffle(order, random);
        double[] lengths = order.stream().mapToDouble(type -> draw(random, SECONDS.get(type))).toArray();
        double slack = totalSeconds - gapSeconds * (order.size() + 1) - Arrays.stream(lengths).sum();
        if (slack < 0) {
            throw new IllegalArgumentException(order.size() + " spans do not fit into " + totalSeconds + " s");
        }
        double[] shares = random.doubles(order.size() + 1).toArray();
        double sum = Arrays.stream(shares).sum();
        List<Span> spans = new ArrayList<>();
        double cursor = gapSeconds;
        for (int i = 0; i < order.size(); i++) {
            cursor += slack * shares[i] / sum;
            spans.add(new Span(order.get(i), cursor, lengths[i]));
            cursor += lengths[i] + gapSeconds;
        }
        return spans;
    }

    /**
     * Clean generated speech, mono, no floor: {@link Signals#speechLike} (pauses of digital silence between phrases)
     * with a burst of band-pass noise (a fricative: 60-150 ms, centred at 3-7 kHz, -40 to -30 dBFS RMS) every 0.4 to
     * 1.6 s where there is speech.
     */
    public static float[] speech(int rate, double seconds, long seed) {
        float[] speech = Signals.speechLike(rate, seconds, seed);
        Random random = new Random(seed * 31 + 7);
        for (int at = 0; at < speech.length; at += (int) ((0.4 + random.nextDouble() * 1.2) * rate)) {
            if (Math.abs(speech[at]) > 0) {
                InjectedShapes.addFricative(speech, rate, at, (int) ((0.06 + 0.09 * random.nextDouble()) * rate),
                        3000 + 4000 * random.nextDouble(), Math.pow(10, (-40 + 10 * random.nextDouble()) / 20), random);
            }
        }
        return speech;
    }

    /** Generated speech of {@code seconds} in {@code format} with {@link #FLOOR_RMS}, and {@code spans} injected. */
    public static InjectedAudio generated(AudioFormat format, double seconds, List<Span> spans, long seed) {
        return inject(speech(format.sampleRate(), seconds, seed), format, FLOOR_RMS, spans, seed);
    }

    /**
     * Injects {@code spans} into clean mono {@code speech}: every channel holds the speech (channel {@code c} at gain
     * {@code 0.85^c}) plus white noise of {@code floorRms}, then the artifacts, the same in every channel.
     */
    public static InjectedAudio inject(float[] speech, AudioFormat format, double floorRms, List<Span> spans,
            long seed) {
        int rate = format.sampleRate();
        Random random = new Random(seed * 17 + 3);
        float[] clean = speech.clone();
        List<ArtifactEvent> labels = new ArrayList<>();
        for (Span span : spans) {
            if (span.type().equals("long_pause") && span.endSeconds() * rate < clean.length) {
                labels.add(InjectedShapes.mutePause(clean, rate, span));
            }
        }
        float[][] channels = new float[format.channels()][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = new float[clean.length];
            float gain = (float) channelGain(c);
            float[] floor = Signals.whiteNoise(clean.length, floorRms, seed * 101 + c);
            for (int i = 0; i < clean.length; i++) {
                channels[c][i] = gain * clean[i] + floor[i];
            }
        }
        InjectedShapes shapes = new InjectedShapes(channels, clean, rate, random);
        for (String type : List.of("hum", "dc_offset", "noise_burst", "click", "low_level", "band_limited",
                "clipping", "dropout")) {
            for (Span span : spans) {
                if (span.type().equals(type) && span.endSeconds() * rate < clean.length) {
                    shapes.apply(span).ifPresent(labels::add);
                }
            }
        }
        labels.sort(Comparator.comparingLong(ArtifactEvent::startMs));
        return new InjectedAudio(format, Signals.interleave(channels), labels);
    }

    /** The gain of the speech in channel {@code c}: {@code 0.85^c}. */
    static double channelGain(int c) {
        return Math.pow(0.85, c);
    }

    private static double draw(Random random, double[] range) {
        return range[0] + random.nextDouble() * (range[1] - range[0]);
    }
}
