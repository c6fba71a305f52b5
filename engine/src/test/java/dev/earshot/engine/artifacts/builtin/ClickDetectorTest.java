package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.STEREO_44K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.allBut;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highestOver;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.injected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At 44.1 kHz every injected click is found and nothing else scores; at 16 kHz a voice's pitch pulses come close to the
 * weaker clicks (see {@code BuiltInDetectorQualityTest} for the rates measured there), so that test asks for most.
 */
class ClickDetectorTest {

    private static final String TYPE = ClickDetector.TYPE;

    @TempDir
    Path dir;

    @Test
    void scoresEveryInjectedClickAtHalfOrMoreAt44kAndMostAt16k() {
        for (AudioFormat format : List.of(STEREO_44K, MONO_16K)) {
            InjectedAudio audio = injected(format, 40, List.of(TYPE), 8, 31);
            FrameFeatures features = new DetectorChecks(dir).features(audio);

            long found = audio.labels().stream().filter(label -> highestOver(features, TYPE, label) >= 0.5).count();
            assertThat(audio.labels()).hasSize(8);
            assertThat(found).as(format.toString()).isGreaterThanOrEqualTo(format == STEREO_44K ? 8 : 6);
        }
    }

    @Test
    void leavesSpeechWithEveryOtherArtifactBelowHalf() {
        InjectedAudio audio = injected(STEREO_44K, 60, allBut(TYPE), 1, 32);

        assertThat(highest(new DetectorChecks(dir).features(audio), TYPE)).isLessThan(0.5);
    }

    @Test
    void takesTheSawtoothPulsesOfAVoiceForSoundAndASpikeInTheBackgroundForAClick() {
        float[] voice = Signals.add(Signals.speechLike(44_100, 8, 6), Signals.whiteNoise(44_100 * 8, 0.0005, 2));
        float[] spiked = voice.clone();
        spiked[44_100 * 4 + 100] += 0.2f;
        AudioFormat mono = new AudioFormat(44_100, 1);

        DetectorChecks checks = new DetectorChecks(dir);
        assertThat(highest(checks.features(mono, voice), TYPE)).isLessThan(0.5);
        assertThat(highestOver(checks.features(mono, spiked), TYPE, new ArtifactEvent(TYPE, 4002, 4003, 1))).isOne();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new ClickDetector(-1, 6, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClickDetector(0.02, 0, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClickDetector(0.02, 9, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
