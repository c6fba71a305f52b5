package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.testing.Signals;
import dev.earshot.engine.testing.Tone;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonoResamplerTest {

    private static final int OUT = 16_000;

    @ParameterizedTest
    @CsvSource({"8000, 1", "11025, 2", "22050, 1", "44100, 2", "48000, 2", "96000, 6", "48000, 6", "16000, 2"})
    void aSineKeepsItsFrequencyLevelAndTiming(int rate, int channels) {
        float[] out = convert(rate, channels, 3 * rate, 4096,
                weighted(channels, t -> 0.5 * Math.sin(2 * Math.PI * 1000 * t)));
        assertThat(out).hasSize(3 * OUT);
        Tone tone = Tone.fit(out, 8000, out.length - 8000, OUT, 1000);
        assertThat(tone.peak()).as("amplitude").isCloseTo(0.5, within(0.5 * 0.001));
        assertThat(tone.phase() / (2 * Math.PI * 1000) * 1e6).as("time offset in microseconds")
                .isCloseTo(0, within(1.0));
        assertThat(10 * Math.log10(tone.residualRatio())).as("residual in dB below the tone").isLessThan(-60);
    }

    @ParameterizedTest
    @CsvSource({"8000, 1", "11025, 2", "22050, 1", "44100, 2", "48000, 6", "96000, 2"})
    void anImpulseLandsOnItsOutputSample(int rate, int channels) {
        int at = rate;
        float[] out = convert(rate, channels, 2 * rate, 1000,
                weighted(channels, t -> Math.abs(t * rate - at) < 0.5 ? 1 : 0));
        int peak = 0;
        for (int i = 0; i < out.length; i++) {
            peak = Math.abs(out[i]) > Math.abs(out[peak]) ? i : peak;
        }
        assertThat(peak).isEqualTo(OUT);
        assertThat(out[peak - 1]).as("symmetric around the peak").isCloseTo(out[peak + 1], within(1e-6f));
        assertThat(out[peak - 3]).isCloseTo(out[peak + 3], within(1e-6f));
    }

    @ParameterizedTest
    @CsvSource({"48000, 8600", "48000, 12000", "48000, 20000", "44100, 9000", "44100, 15000", "96000, 30000",
        "22050, 10000"})
    void aToneAboveEightKilohertzIsRejected(int rate, int hertz) {
        float[] out = convert(rate, 2, 2 * rate, 4096, t -> 0.5 * Math.sin(2 * Math.PI * hertz * t));
        double level = Signals.rms(out, 4000, out.length - 4000) / (0.5 / Math.sqrt(2));
        assertThat(20 * Math.log10(level)).as("alias level in dB").isLessThan(-60);
    }

    @ParameterizedTest
    @CsvSource({"8000, 3900", "8000, 3000", "11025, 5400", "12000, 5800"})
    void aToneConvertedUpLeavesNoImage(int rate, int hertz) {
        float[] out = convert(rate, 1, 2 * rate, 4096, t -> 0.5 * Math.sin(2 * Math.PI * hertz * t));
        Tone tone = Tone.fit(out, 4000, out.length - 4000, OUT, hertz);
        double left = tone.residualRatio() * Math.pow(Signals.rms(out, 4000, out.length - 4000), 2);
        assertThat(10 * Math.log10(left / (0.5 * 0.5 / 2))).as("image level in dB").isLessThan(-90);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 6, 8, 64})
    void channelsAreAveraged(int channels) {
        int frames = 5000;
        float[] in = new float[frames * channels];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) Math.sin(i * 0.37 + (i % channels)) * (1 + i % channels);
        }
        float[] out = convertInterleaved(OUT, channels, in, frames, 777);
        assertThat(out).hasSize(frames);
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += in[f * channels + c];
            }
            assertThat((double) out[f]).as("frame %d", f).isCloseTo(sum / channels, within(2e-6 * channels));
        }
    }

    @ParameterizedTest
    @CsvSource({"44100, 0", "44100, 1", "44100, 2", "44100, 4097", "8000, 3", "11025, 100003", "48000, 7",
        "96000, 5", "1000, 333", "44099, 44100", "768000, 100001", "7, 10"})
    void aStreamHasExactlyTheCeilingOfItsScaledLength(int rate, int frames) {
        float[] in = new float[frames];
        Arrays.fill(in, 0.25f);
        float[] out = convertInterleaved(rate, 1, in, frames, 4096);
        long expected = ((long) frames * OUT + rate - 1) / rate;
        assertThat(out).hasSize((int) expected);
        try (MonoResampler resampler = new MonoResampler(rate, 1, OUT)) {
            assertThat(resampler.outputLength(frames)).isEqualTo(expected);
        }
    }

    @Test
    void theOutputDoesNotDependOnBlockSizes() {
        int frames = 44_100;
        float[] in = new float[frames * 2];
        Random random = new Random(7);
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) random.nextGaussian() * 0.3f;
        }
        float[] whole = convertInterleaved(44_100, 2, in, frames, frames);
        float[] small = convertInterleaved(44_100, 2, in, frames, 1);
        float[] odd = convertInterleaved(44_100, 2, in, frames, 997);
        assertThat(small).containsExactly(whole);
        assertThat(odd).containsExactly(whole);
    }

    @Test
    void refusesWorkAfterTheEndAndBadArguments() {
        try (MonoResampler resampler = new MonoResampler(48_000, 2, OUT)) {
            assertThatThrownBy(() -> resampler.convert(new float[3], 2)).isInstanceOf(IllegalArgumentException.class);
            resampler.finish();
            assertThat(resampler.finish()).isZero();
            assertThatThrownBy(() -> resampler.convert(new float[4], 2)).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> new MonoResampler(0, 1, OUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonoResampler(48_000, 65, OUT)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Channel c carries the signal times 2c/(channels-1), so that only the mean of all channels is the signal. */
    private static ChannelSignal weighted(int channels, DoubleUnaryOperator signal) {
        return (t, c) -> signal.applyAsDouble(t) * (channels == 1 ? 1 : 2.0 * c / (channels - 1));
    }

    private static float[] convert(int rate, int channels, int frames, int block, DoubleUnaryOperator signal) {
        return convert(rate, channels, frames, block, (t, c) -> signal.applyAsDouble(t));
    }

    private static float[] convert(int rate, int channels, int frames, int block, ChannelSignal signal) {
        float[] in = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                in[f * channels + c] = (float) signal.at(f / (double) rate, c);
            }
        }
        return convertInterleaved(rate, channels, in, frames, block);
    }

    private static float[] convertInterleaved(int rate, int channels, float[] in, int frames, int block) {
        float[] out = new float[(int) ((long) frames * OUT / rate) + 64];
        int written = 0;
        float[] chunk = new float[block * channels];
        try (MonoResampler resampler = new MonoResampler(rate, channels, OUT)) {
            for (int at = 0; at < frames; at += block) {
                int count = Math.min(block, frames - at);
                System.arraycopy(in, at * channels, chunk, 0, count * channels);
                int n = resampler.convert(chunk, count);
                System.arraycopy(resampler.output(), 0, out, written, n);
                written += n;
            }
            int n = resampler.finish();
            System.arraycopy(resampler.output(), 0, out, written, n);
            written += n;
        }
        return Arrays.copyOf(out, written);
    }

    @FunctionalInterface
    private interface ChannelSignal {
        double at(double seconds, int channel);
    }
}
