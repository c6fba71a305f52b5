package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechSamplesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"44100, 2", "48000, 1", "22050, 1", "11025, 2", "8000, 1", "96000, 6", "32000, 1"})
    void aSineKeepsItsFrequencyAndLevel(int rate, int channels) {
        PcmFile sine = SpeechFixtures.sine(dir.resolve("sine.pcm"), new AudioFormat(rate, channels), 3, 1000, 0.5f);
        float[] out = readAll(sine);
        assertThat(out.length).isEqualTo(SpeechSamples.lengthOf(sine)).isEqualTo((int) Math.ceil(3.0 * 16000));
        double errorPower = 0;
        double signalPower = 0;
        for (int i = 8000; i < out.length - 8000; i++) {
            double ideal = 0.5 * Math.sin(2 * Math.PI * 1000 * i / 16000.0);
            errorPower += (out[i] - ideal) * (out[i] - ideal);
            signalPower += ideal * ideal;
        }
        assertThat(10 * Math.log10(signalPower / errorPower)).as("SNR in dB").isGreaterThan(60);
    }

    @Test
    void toneAboveTheNewNyquistIsRemoved() {
        PcmFile high = SpeechFixtures.sine(dir.resolve("high.pcm"), new AudioFormat(48_000, 1), 2, 12_000, 0.5f);
        float[] out = readAll(high);
        double rms = 0;
        for (int i = 4000; i < out.length - 4000; i++) {
            rms += out[i] * out[i];
        }
        rms = Math.sqrt(rms / (out.length - 8000));
        assertThat(20 * Math.log10(rms / (0.5 / Math.sqrt(2)))).as("alias level in dB").isLessThan(-60);
    }

    @Test
    void speechFormatPassesThroughUnchanged() {
        PcmFile noise = SpeechFixtures.noise(dir.resolve("n.pcm"), AudioFormat.SPEECH, 1.3, 0.8f, 3);
        float[] out = readAll(noise);
        float[] in = new float[(int) noise.frames()];
        try (var reader = noise.openReader()) {
            reader.read(in, in.length);
        }
        assertThat(out).containsExactly(in);
        assertThat(SpeechAudio.toSpeechFormat(noise, dir.resolve("unused.pcm"))).isSameAs(noise);
    }

    @Test
    void resultDoesNotDependOnReadSizes() {
        PcmFile noise = SpeechFixtures.noise(dir.resolve("n.pcm"), new AudioFormat(44_100, 2), 2, 0.5f, 5);
        float[] whole = readAll(noise);
        float[] odd = new float[whole.length];
        int at = 0;
        try (SpeechSamples samples = SpeechSamples.open(noise)) {
            int size = 1;
            while (at < odd.length) {
                at += samples.read(odd, at, Math.min(size, odd.length - at));
                size = size % 997 + 13;
            }
            assertThat(samples.read(odd, 0, 1)).isEqualTo(-1);
        }
        assertThat(at).isEqualTo(whole.length);
        assertThat(odd).containsExactly(whole);
    }

    @Test
    void convertsStereoToMonoOnDisk() {
        PcmFile stereo = SpeechFixtures.sine(dir.resolve("st.pcm"), new AudioFormat(44_100, 2), 1, 440, 0.25f);
        PcmFile mono = SpeechAudio.toSpeechFormat(stereo, dir.resolve("mono.pcm"));
        assertThat(mono.format()).isEqualTo(AudioFormat.SPEECH);
        assertThat(mono.durationSeconds()).isCloseTo(1.0, within(1e-3));
        assertThat(stereo.path()).exists();
    }

    private static float[] readAll(PcmFile file) {
        float[] out = new float[(int) SpeechSamples.lengthOf(file)];
        int at = 0;
        try (SpeechSamples samples = SpeechSamples.open(file)) {
            int n;
            while (at < out.length && (n = samples.read(out, at, Math.min(1000, out.length - at))) > 0) {
                at += n;
            }
            assertThat(samples.read(new float[1], 1)).isEqualTo(-1);
        }
        assertThat(at).isEqualTo(out.length);
        return out;
    }
}
