package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highestOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.testing.Signals;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseBurstDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = NoiseBurstDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void findsWhiteNoiseOverSpeechButNotTheSpeechAlone() {
        float[] speech = Signals.add(Signals.speechLike(16_000, 6, 5), Signals.whiteNoise(16_000 * 6, 0.0005, 8));
        float[] noisy = speech.clone();
        float[] burst = Signals.whiteNoise(16_000 / 2, 0.1, 7);
        for (int i = 0; i < burst.length; i++) {
            noisy[2 * 16_000 + i] += burst[i];
        }

        DetectorChecks checks = new DetectorChecks(dir);
        FrameFeatures withBurst = checks.features(MONO_16K, noisy);
        assertThat(highestOver(withBurst, TYPE, new ArtifactEvent(TYPE, 2000, 2500, 1))).isOne();
        assertThat(DetectorChecks.highestAway(withBurst, TYPE, List.of(new ArtifactEvent(TYPE, 2000, 2500, 1)), 250))
                .isZero();
        assertThat(highest(checks.features(MONO_16K, speech), TYPE)).isZero();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new NoiseBurstDetector(1.5, 20, -50, 80, 150))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoiseBurstDetector(0.3, -1, -50, 80, 150))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoiseBurstDetector(0.3, 20, -50, 150, 150))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
