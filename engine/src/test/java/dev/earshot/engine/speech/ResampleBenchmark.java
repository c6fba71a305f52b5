package dev.earshot.engine.speech;

import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;

/**
 * The resampler figures of {@code bench/resample.sh} and the {@code resample} section of {@code bench/run.sh}
 * (see {@code bench/README.md}): the {@link ResampleCandidate}s side by side on the same input, one step per JVM.
 * Not a test. Steps:
 * <pre>
 * quality CANDIDATE OUT                          {@link ResampleQuality} from each of {@link #QUALITY_RATES} Hz
 * speed CANDIDATE RATE CHANNELS MINUTES RUNS OUT MINUTES of speech-like audio with a white-noise floor at RATE
 *                                                Hz and CHANNELS channels to 16 kHz mono in blocks of 4096 frames,
 *                                                from memory (10 s of audio fed again and again), once unmeasured
 *                                                and RUNS times measured
 * </pre>
 * CANDIDATE is a {@link ResampleCandidate} name in lower case; OUT receives the figures as {@code key=value} lines,
 * or {@code unavailable=REASON} when the candidate cannot run in this build.
 */
public final class ResampleBenchmark {

    /** The input rates of the quality step, in Hz. */
    static final List<Integer> QUALITY_RATES = List.of(8000, 11_025, 22_050, 44_100, 48_000);

    private static final int BLOCK = 4096;
    private static final double CONTENT_SECONDS = 10;

    private ResampleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        ResampleCandidate candidate = ResampleCandidate.valueOf(args[1].toUpperCase(Locale.ROOT));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("candidate", args[1]);
        figures.put("description", candidate.description());
        Path out = Path.of(args[args.length - 1]);
        try {
            switch (args[0]) {
                case "quality" -> QUALITY_RATES.forEach(rate -> ResampleQuality.measure(candidate::open, rate)
                        .forEach((key, value) -> figures.put("r" + rate + "." + key, value)));
                case "speed" -> figures.putAll(speed(candidate, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Double.parseDouble(args[4]), Integer.parseInt(args[5])));
                default -> throw new IllegalArgumentException("unknown step " + args[0]);
            }
        } catch (EarshotException e) {
            figures.put("unavailable", e.getMessage() + buildNote(candidate));
        }
        BenchFigures.write(out, figures);
    }

    private static String buildNote(ResampleCandidate candidate) {
        String configuration = swresample.swresample_configuration().getString();
        return candidate == ResampleCandidate.SOXR && !configuration.contains("libsoxr")
                ? "; this FFmpeg build (bytedeco ffmpeg " + avutil.av_version_info().getString()
                        + ") was configured without --enable-libsoxr" : "";
    }

    private static Map<String, Object> speed(ResampleCandidate candidate, int rate, int channels, double minutes,
            int runs) {
        float[][] blocks = blocks(rate, channels);
        long frames = Math.round(minutes * 60 * rate);
        long[] produced = new long[1];
        candidate.open(rate, channels).close();
        Map<String, Object> figures = BenchMeter.repeat(runs, () -> { },
                () -> produced[0] = stream(candidate, rate, channels, blocks, frames));
        figures.put("rate", rate);
        figures.put("channels", channels);
        figures.put("audio_seconds", frames / (double) rate);
        figures.put("times_real_time", frames / (double) rate / (Double) figures.get("seconds"));
        figures.put("output_samples", produced[0]);
        figures.put("expected_output_samples", (frames * SpeechSamples.RATE + rate - 1) / rate);
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        return figures;
    }

    private static long stream(ResampleCandidate candidate, int rate, int channels, float[][] blocks, long frames) {
        long produced = 0;
        try (ResampleStream stream = candidate.open(rate, channels)) {
            for (long fed = 0, i = 0; fed < frames; fed += BLOCK, i++) {
                produced += stream.convert(blocks[(int) (i % blocks.length)], (int) Math.min(BLOCK, frames - fed));
            }
            produced += stream.finish();
        }
        return produced;
    }

    /** {@link #CONTENT_SECONDS} of speech-like audio with a white-noise floor, in interleaved blocks. */
    private static float[][] blocks(int rate, int channels) {
        int count = (int) Math.ceil(CONTENT_SECONDS * rate / BLOCK);
        float[][] channel = new float[channels][];
        for (int c = 0; c < channels; c++) {
            channel[c] = Signals.add(Signals.speechLike(rate, count * BLOCK / (double) rate, 11 + c),
                    Signals.whiteNoise(count * BLOCK, 0.01, 23 + c));
        }
        float[] all = Signals.interleave(channel);
        float[][] blocks = new float[count][BLOCK * channels];
        for (int b = 0; b < count; b++) {
            System.arraycopy(all, b * BLOCK * channels, blocks[b], 0, BLOCK * channels);
        }
        return blocks;
    }
}
