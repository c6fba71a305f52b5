package dev.earshot.engine.speech;

import dev.earshot.engine.testing.Signals;
import dev.earshot.engine.testing.Tone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Quality of one way of converting to 16 kHz, from one input rate, on analytic signals whose exact 16 kHz samples
 * are known (sums of sines sampled at both rates in double precision). The first and last 0.25 s of every output
 * are left out, where converters treat the edges differently (zeros before and after the signal, or the signal
 * mirrored). Figures (dB, Hz, microseconds):
 * <ul>
 * <li>{@code snr_db}: 32 tones log-spaced from 50 Hz to 6 kHz (at most 0.4 of the input rate: the band every
 * candidate means to pass), random phases, against their exact 16 kHz samples; {@code snr_wide_db}: the same to
 * 7 kHz (at most 0.45 of the input rate);
 * <li>{@code mixed_snr_db}: the same to 6 kHz plus 32 tones of equal level from 8.5 to 20 kHz, against the exact
 * 16 kHz samples of the tones below 6 kHz only (input rates above 17 kHz);
 * <li>single tones every 100 Hz from 100 Hz to 7.9 kHz (at most 0.49 of the input rate): {@code ripple_db} is the
 * highest minus the lowest gain up to 6 kHz (at most 0.4 of the input rate), {@code gain_7k_db} the gain at 7 kHz,
 * {@code minus_3db_hz} the lowest tone attenuated by 3 dB or more (blank: none), {@code max_offset_us} the largest
 * time offset of a fitted tone from where it should be, up to the ripple band's top, {@code spurious_db} the most
 * energy any tone up to 0.45 of the input rate leaves besides itself, relative to the tone's input (images, when
 * converting up), and {@code edge_spurious_db} the same for the tones above 0.45 of an input rate below 16 kHz;
 * <li>{@code alias_db}, {@code alias_8k_db}: the loudest single tone from 8.5 to 20 kHz (from 8.1 to 8.4 kHz) after
 * conversion, relative to its input level (input rates above 17 kHz).
 * </ul>
 */
final class ResampleQuality {

    private static final int OUT = SpeechSamples.RATE;
    private static final double EDGE_SECONDS = 0.25;
    private static final double TONE_SECONDS = 1.5;
    private static final double MIX_SECONDS = 4;
    private static final int TONES = 32;
    private static final int BLOCK = 4096;
    private static final double TONE_POWER = 0.5 * 0.5 / 2;

    private final BiFunction<Integer, Integer, ResampleStream> opener;
    private final int rate;

    private ResampleQuality(BiFunction<Integer, Integer, ResampleStream> opener, int rate) {
        this.opener = opener;
        this.rate = rate;
    }

    /**
     * The figures of the streams {@code opener} opens (from a rate and a channel count) from {@code rate} Hz mono,
     * keys as in the class comment.
     */
    static Map<String, Object> measure(BiFunction<Integer, Integer, ResampleStream> opener, int rate) {
        ResampleQuality quality = new ResampleQuality(opener, rate);
        Map<String, Object> figures = new LinkedHashMap<>();
        double passTop = Math.min(6000, 0.4 * rate);
        figures.put("snr_db", quality.multiToneSnr(passTop, false));
        figures.put("snr_wide_db", quality.multiToneSnr(Math.min(7000, 0.45 * rate), false));
        if (rate > 17_000) {
            figures.put("mixed_snr_db", quality.multiToneSnr(6000, true));
        }
        quality.response(passTop, figures);
        if (rate > 17_000) {
            figures.put("alias_db", quality.loudestAlias(8500, Math.min(20_000, 0.49 * rate), 100));
            figures.put("alias_8k_db", quality.loudestAlias(8100, 8400, 100));
        }
        return figures;
    }

    private double multiToneSnr(double top, boolean withAliases) {
        Random random = new Random(rate);
        List<double[]> inBand = tones(50, top, random);
        List<double[]> all = new ArrayList<>(inBand);
        if (withAliases) {
            all.addAll(tones(8500, Math.min(20_000, 0.49 * rate), random));
        }
        double amplitude = 0.9 / all.size();
        float[] out = convert(sum(all, amplitude, rate, MIX_SECONDS));
        float[] ideal = sum(inBand, amplitude, OUT, MIX_SECONDS);
        int from = (int) (EDGE_SECONDS * OUT);
        double signal = 0;
        double error = 0;
        for (int i = from; i < ideal.length - from; i++) {
            signal += (double) ideal[i] * ideal[i];
            error += (double) (out[i] - ideal[i]) * (out[i] - ideal[i]);
        }
        return 10 * Math.log10(signal / error);
    }

    /** One single tone after conversion: gain in dB, time offset in microseconds, other energy in dB. */
    private record ToneResult(double hertz, double gain, double offset, double spurious) {
    }

    private void response(double passTop, Map<String, Object> figures) {
        List<ToneResult> tones = new ArrayList<>();
        for (double hertz = 100; hertz <= Math.min(7900, 0.49 * rate); hertz += 100) {
            tones.add(single(hertz));
        }
        List<ToneResult> band = tones.stream().filter(tone -> tone.hertz() <= passTop).toList();
        figures.put("ripple_db", band.stream().mapToDouble(ToneResult::gain).max().orElseThrow()
                - band.stream().mapToDouble(ToneResult::gain).min().orElseThrow());
        tones.stream().filter(tone -> tone.hertz() == 7000).findFirst()
                .ifPresent(tone -> figures.put("gain_7k_db", tone.gain()));
        figures.put("minus_3db_hz", tones.stream().filter(tone -> tone.gain() <= -3).findFirst()
                .<Object>map(ToneResult::hertz).orElse(""));
        figures.put("max_offset_us", band.stream().mapToDouble(ToneResult::offset).max().orElseThrow());
        figures.put("spurious_db", tones.stream().filter(tone -> tone.hertz() <= 0.45 * rate)
                .mapToDouble(ToneResult::spurious).max().orElseThrow());
        if (rate < OUT) {
            figures.put("edge_spurious_db", tones.stream().filter(tone -> tone.hertz() > 0.45 * rate)
                    .mapToDouble(ToneResult::spurious).max().orElseThrow());
        }
    }

    private ToneResult single(double hertz) {
        float[] out = convert(sum(List.of(new double[] {hertz, 0}), 0.5, rate, TONE_SECONDS));
        int from = (int) (EDGE_SECONDS * OUT);
        Tone tone = Tone.fit(out, from, out.length - from, OUT, hertz);
        double power = Math.pow(Signals.rms(out, from, out.length - from), 2);
        return new ToneResult(hertz, 20 * Math.log10(tone.peak() / 0.5),
                Math.abs(tone.phase()) / (2 * Math.PI * hertz) * 1e6,
                10 * Math.log10(tone.residualRatio() * power / TONE_POWER));
    }

    private double loudestAlias(double from, double to, double step) {
        double loudest = -Double.MAX_VALUE;
        for (double hertz = from; hertz <= to; hertz += step) {
            float[] out = convert(sum(List.of(new double[] {hertz, 0}), 0.5, rate, TONE_SECONDS));
            int edge = (int) (EDGE_SECONDS * OUT);
            double power = Math.pow(Signals.rms(out, edge, out.length - edge), 2);
            loudest = Math.max(loudest, 10 * Math.log10(power / TONE_POWER));
        }
        return loudest;
    }

    /** {@link #TONES} tones (frequency, phase) log-spaced over [from, to] with random phases. */
    private static List<double[]> tones(double from, double to, Random random) {
        List<double[]> tones = new ArrayList<>();
        for (int k = 0; k < TONES; k++) {
            double hertz = from * Math.pow(to / from, k / (TONES - 1.0));
            tones.add(new double[] {hertz, 2 * Math.PI * random.nextDouble()});
        }
        return tones;
    }

    private static float[] sum(List<double[]> tones, double amplitude, int rate, double seconds) {
        float[] out = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            double value = 0;
            for (double[] tone : tones) {
                value += Math.sin(2 * Math.PI * tone[0] * t + tone[1]);
            }
            out[i] = (float) (amplitude * value);
        }
        return out;
    }

    private float[] convert(float[] mono) {
        float[] out = new float[(int) ((long) mono.length * OUT / rate) + BLOCK];
        int written = 0;
        float[] block = new float[BLOCK];
        try (ResampleStream stream = opener.apply(rate, 1)) {
            for (int at = 0; at < mono.length; at += BLOCK) {
                int count = Math.min(BLOCK, mono.length - at);
                System.arraycopy(mono, at, block, 0, count);
                written = append(out, written, stream, stream.convert(block, count));
            }
            written = append(out, written, stream, stream.finish());
        }
        return Arrays.copyOf(out, written);
    }

    private static int append(float[] out, int written, ResampleStream stream, int count) {
        System.arraycopy(stream.output(), 0, out, written, count);
        return written + count;
    }
}
