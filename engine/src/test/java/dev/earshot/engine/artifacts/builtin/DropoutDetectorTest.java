package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.testing.Signals;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DropoutDetectorTest extends InjectedArtifactTest {

    private static final String TYPE = DropoutDetector.TYPE;

    @Override
    String type() {
        return TYPE;
    }

    @Test
    void ignoresSpeechThatFadesIntoDigitalSilenceBetweenPhrases() {
        float[] speech = Signals.speechLike(16_000, 20, 3);

        assertThat(highest(new DetectorChecks(dir).features(MONO_16K, speech), TYPE)).isZero();
    }

    @Test
    void findsAShortDropInsideASteadyToneButNotAFrameOfSilenceOnItsOwn() {
        float[] tone = Signals.tone(16_000, 3, 300, 0.3);
        Arrays.fill(tone, 16_000, 16_000 + 160, 0f);
        float[] withSilence = Signals.concat(tone, new float[16_000 * 2], Signals.tone(16_000, 1, 300, 0.3));

        FrameFeatures features = new DetectorChecks(dir).features(MONO_16K, withSilence);

        double[] scores = DetectorChecks.column(features, TYPE + "_score");
        assertThat(scores[3]).isOne();
        assertThat(scores[4]).isOne();
        assertThat(scores[15]).isZero();
        assertThat(DetectorChecks.column(features, TYPE + "_zero_run_ms")[4]).isCloseTo(10, offset(0.1));
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThatThrownBy(() -> new DropoutDetector(0, -45, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DropoutDetector(2, 10, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DropoutDetector(2, -45, 4, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
