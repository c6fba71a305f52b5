package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.Signals;
import org.junit.jupiter.api.Test;

class BandLimitDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = BandLimitDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void measuresWhereTheSpectrumEndsAndLeavesQuietFramesAlone() {
        float[] harmonicsTo4k = Signals.speechLike(44_100, 6, 2);
        float[] quiet = Signals.whiteNoise(44_100 * 2, 1e-4, 3);

        DetectorChecks checks = new DetectorChecks(dir);
        FrameFeatures speech = checks.features(new AudioFormat(44_100, 1), harmonicsTo4k);
        FrameFeatures silence = checks.features(new AudioFormat(44_100, 1), quiet);

        assertThat(DetectorChecks.column(speech, TYPE + "_bandwidth_ratio")[3]).isLessThan(0.5);
        assertThat(DetectorChecks.column(speech, TYPE + "_score")[3]).isOne();
        assertThat(DetectorChecks.column(silence, TYPE + "_bandwidth_ratio")).containsOnly(1.0);
        assertThat(highest(silence, TYPE)).isZero();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new BandLimitDetector(10, 70, 0.85, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandLimitDetector(-100, -1, 0.85, 0.7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandLimitDetector(-100, 70, 0.7, 0.85))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
