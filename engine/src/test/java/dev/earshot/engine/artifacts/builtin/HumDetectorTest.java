package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.testing.Signals;
import org.junit.jupiter.api.Test;

class HumDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = HumDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void findsALoneSecondHarmonicOfMainsButNotASteadyToneElsewhere() {
        float[] floor = Signals.whiteNoise(16_000 * 4, 0.001, 5);
        float[] rectified = Signals.add(floor, Signals.tone(16_000, 4, 100, 0.01));
        float[] whistle = Signals.add(floor, Signals.tone(16_000, 4, 1000, 0.05));

        assertThat(highest(new DetectorChecks(dir).features(MONO_16K, rectified), TYPE)).isOne();
        assertThat(highest(new DetectorChecks(dir).features(MONO_16K, whistle), TYPE)).isZero();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new HumDetector(-150, 20, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HumDetector(-75, -1, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HumDetector(-75, 30, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
