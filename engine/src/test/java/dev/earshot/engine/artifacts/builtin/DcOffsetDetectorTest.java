package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.STEREO_44K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.testing.Signals;
import org.junit.jupiter.api.Test;

class DcOffsetDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = DcOffsetDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void measuresAnOffsetInOneChannelButNotASlowRumble() {
        float[] offset = Signals.tone(44_100, 3, 200, 0.2);
        for (int i = 0; i < offset.length; i++) {
            offset[i] += 0.03f;
        }
        float[] rumble = Signals.add(Signals.tone(44_100, 3, 200, 0.2), Signals.tone(44_100, 3, 5, 0.02));

        FrameFeatures features = new DetectorChecks(dir).features(STEREO_44K, Signals.interleave(rumble, offset));

        assertThat(DetectorChecks.column(features, TYPE + "_mean")[2]).isCloseTo(0.03, offset(1e-4));
        float[] both = Signals.interleave(rumble, rumble);
        assertThat(highest(new DetectorChecks(dir).features(STEREO_44K, both), TYPE)).isZero();
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new DcOffsetDetector(-0.1, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DcOffsetDetector(0.02, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DcOffsetDetector(0.01, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
