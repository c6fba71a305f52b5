package dev.earshot.engine.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DspTest {

    @TempDir
    Path dir;

    @Test
    void scalesTheFrameSizeWithTheRate() {
        assertThat(Stft.forSampleRate(44_100).size()).isEqualTo(2048);
        assertThat(Stft.forSampleRate(48_000).size()).isEqualTo(2048);
        assertThat(Stft.forSampleRate(16_000).size()).isEqualTo(1024);
        assertThat(Stft.forSampleRate(8_000).size()).isEqualTo(512);
        assertThat(Stft.forSampleRate(1).size()).isEqualTo(256);
    }

    @Test
    void reconstructsUnmodifiedFramesExactlyByOverlapAdd() {
        Stft stft = new Stft(256);
        float[] signal = Signals.whiteNoise(5_000, 0.3, 1);
        PcmFile file = Pcm.write(dir.resolve("noise.pcm"), new AudioFormat(8_000, 1), signal);
        float[] frame = new float[256];
        float[] spectrum = new float[256];
        float[] finished = new float[stft.hop()];
        List<Float> out = new ArrayList<>();
        try (MonoSource source = MonoSource.of(file)) {
            Framer framer = new Framer(source, 256, stft.hop(), true);
            OverlapAdd overlapAdd = new OverlapAdd(256, stft.hop());
            for (int i = 0; i < (signal.length + 256) / stft.hop(); i++) {
                framer.next(frame);
                stft.forward(frame, spectrum);
                stft.inverse(spectrum, frame);
                overlapAdd.add(frame, finished);
                for (float f : finished) {
                    out.add(f);
                }
            }
        }
        for (int i = 0; i < signal.length; i++) {
            assertThat(out.get(i + 256 - stft.hop())).isCloseTo(signal[i], within(1e-5f));
        }
    }

    @Test
    void readsAFullScaleSineAtZeroDecibelsInItsBin() {
        Stft stft = new Stft(1024);
        float[] frame = Signals.tone(1024, 1, 64, 1.0);
        float[] spectrum = new float[1024];
        float[] power = new float[stft.bins()];
        stft.forward(frame, spectrum);
        stft.power(spectrum, power);
        assertThat(Decibels.fromPower(power[64])).isCloseTo(0, within(0.01));
        assertThat(Decibels.fromPower(power[200])).isLessThan(-100);
    }

    @Test
    void averagesChannelsToMono() {
        PcmFile file = Pcm.write(dir.resolve("st.pcm"), new AudioFormat(100, 2), new float[] {1, 0, 0.5f, 0.5f, -1, 1});
        float[] mono = new float[4];
        try (MonoSource source = MonoSource.of(file)) {
            assertThat(source.read(mono, 0, 4)).isEqualTo(3);
        }
        assertThat(mono).containsExactly(0.5f, 0.5f, 0, 0);
    }

    @Test
    void visitsTheSameFrameLevelsForwardAndBackward() {
        float[] signal = Signals.concat(new float[1_000], Signals.tone(8_000, 0.2, 300, 0.5), new float[555]);
        PcmFile file = Pcm.write(dir.resolve("lv.pcm"), new AudioFormat(8_000, 1), signal);
        FrameLevels levels = new FrameLevels(file, 80);
        List<Double> forward = new ArrayList<>();
        List<Double> backward = new ArrayList<>();
        levels.forward(0, (i, db) -> forward.add(db), BlockListener.NONE);
        levels.backward((i, db) -> {
            backward.add(0, db);
            return true;
        }, BlockListener.NONE);

        assertThat(forward).hasSize((int) levels.count()).isEqualTo(backward);
        assertThat(forward.get(0)).isEqualTo(Decibels.FLOOR_DB);
        assertThat(forward.get(20)).isCloseTo(Decibels.fromPower(0.125), within(0.05));
    }
}
