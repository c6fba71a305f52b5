package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.STEREO_44K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.Signals;
import org.junit.jupiter.api.Test;

class ClippingDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = ClippingDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void takesLoudSinesThatReachTheirPeakForASampleOrTwoAsUnclipped() {
        float[] tones = Signals.concat(Signals.tone(44_100, 2, 50, 0.99), Signals.tone(44_100, 2, 1000, 0.99));

        FrameFeatures features = new DetectorChecks(dir).features(new AudioFormat(44_100, 1), tones);

        assertThat(highest(features, TYPE)).isZero();
    }

    @Test
    void findsClippingInOneChannelOfStereo() {
        float[] clipped = Signals.tone(44_100, 2, 220, 1.6);
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(-0.8f, Math.min(0.8f, clipped[i]));
        }
        float[] clean = Signals.tone(44_100, 2, 220, 0.5);

        FrameFeatures features = new DetectorChecks(dir).features(STEREO_44K, Signals.interleave(clean, clipped));

        assertThat(DetectorChecks.column(features, TYPE + "_score")).containsOnly(1.0);
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new ClippingDetector(0, 3, 0.0002, 0.002))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClippingDetector(0.5, 1, 0.0002, 0.002))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClippingDetector(0.5, 3, 0.002, 0.002))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
