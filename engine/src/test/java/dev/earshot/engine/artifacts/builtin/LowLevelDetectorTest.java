package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.testing.Signals;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LowLevelDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = LowLevelDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void findsSpeechRecordedFarTooQuietlyButNotASteadyHumOrSilence() {
        float[] quiet = Signals.speechLike(16_000, 10, 4);
        for (int i = 0; i < quiet.length; i++) {
            quiet[i] *= 0.01f;
        }
        float[] hum = Signals.tone(16_000, 4, 50, 0.004);

        DetectorChecks checks = new DetectorChecks(dir);
        double[] scores = DetectorChecks.column(checks.features(MONO_16K, quiet), TYPE + "_score");
        assertThat(Arrays.stream(scores).filter(score -> score >= 0.5).count())
                .isGreaterThan(scores.length / 2);
        assertThat(highest(checks.features(MONO_16K, hum), TYPE)).isZero();
        assertThat(highest(checks.features(MONO_16K, new float[16_000 * 2]), TYPE)).isZero();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new LowLevelDetector(-120, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LowLevelDetector(-45, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LowLevelDetector(-45, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
