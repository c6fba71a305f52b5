package dev.earshot.engine.artifacts.builtin;

import static dev.earshot.engine.artifacts.builtin.DetectorChecks.MONO_16K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.STEREO_44K;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.allBut;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highest;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.highestOver;
import static dev.earshot.engine.artifacts.builtin.DetectorChecks.injected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.InjectedAudio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every detector test asks of its detector on generated speech at 16 kHz mono and 44.1 kHz stereo: each of five
 * injected spans of its type scores 0.5 or more somewhere, and speech carrying one span of every other type scores
 * under 0.5 everywhere.
 */
abstract class InjectedArtifactTest {

    /** The type of the detector under test. */
    abstract String type();

    @TempDir
    Path dir;

    @Test
    void scoresEveryInjectedSpanAtHalfOrMore() {
        for (AudioFormat format : List.of(MONO_16K, STEREO_44K)) {
            InjectedAudio audio = injected(format, 40, List.of(type()), 5, 21);
            FrameFeatures features = new DetectorChecks(dir).features(audio);

            assertThat(audio.labels()).hasSize(5);
            for (ArtifactEvent label : audio.labels()) {
                assertThat(highestOver(features, type(), label)).as(format + " " + label).isGreaterThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void leavesSpeechWithEveryOtherArtifactBelowHalf() {
        for (AudioFormat format : List.of(MONO_16K, STEREO_44K)) {
            InjectedAudio audio = injected(format, 60, allBut(type()), 1, 22);

            assertThat(highest(new DetectorChecks(dir).features(audio), type())).as(format.toString()).isLessThan(0.5);
        }
    }

}
