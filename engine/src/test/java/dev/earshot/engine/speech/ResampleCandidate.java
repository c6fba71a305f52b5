package dev.earshot.engine.speech;

import java.util.Map;
import java.util.TreeMap;

/** The converters {@link ResampleBenchmark} compares on the same input. */
enum ResampleCandidate {

    SWR("swresample, Earshot's settings (down " + new TreeMap<>(MonoResampler.DOWN) + ", up "
            + new TreeMap<>(MonoResampler.UP) + "), mean-of-channels matrix"),
    SWR_DEFAULTS("swresample, FFmpeg's defaults (filter_size 32, cutoff 0.97, kaiser_beta 9), mean-of-channels matrix"),
    SOXR("swresample with resampler=soxr (libsoxr), mean-of-channels matrix");

    private final String description;

    ResampleCandidate(String description) {
        this.description = description;
    }

    /** What the candidate is, for the report. */
    String description() {
        return description;
    }

    /** A stream from {@code rate} Hz and {@code channels} channels to 16 kHz mono. */
    ResampleStream open(int rate, int channels) {
        return switch (this) {
            case SWR -> new SwrStream(new MonoResampler(rate, channels, SpeechSamples.RATE));
            case SWR_DEFAULTS -> new SwrStream(new MonoResampler(rate, channels, SpeechSamples.RATE, Map.of()));
            case SOXR -> new SwrStream(new MonoResampler(rate, channels, SpeechSamples.RATE,
                    Map.of("resampler", "soxr")));
        };
    }

    /** {@link MonoResampler} as a {@link ResampleStream}. */
    private record SwrStream(MonoResampler resampler) implements ResampleStream {

        @Override
        public int convert(float[] frames, int count) {
            return resampler.convert(frames, count);
        }

        @Override
        public int finish() {
            return resampler.finish();
        }

        @Override
        public float[] output() {
            return resampler.output();
        }

        @Override
        public void close() {
            resampler.close();
        }
    }
}
