package dev.earshot.engine.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Windows are 512 samples (32 ms) at 16 kHz; the expected values are worked out in samples. */
class SpeechSegmenterTest {

    private static List<TimeRange> segments(VadSettings settings, double... probabilities) {
        SpeechSegmenter segmenter = new SpeechSegmenter(settings, 512);
        for (double p : probabilities) {
            segmenter.accept(p);
        }
        return segmenter.finish(512L * probabilities.length);
    }

    private static double[] run(double... valueAndCount) {
        int total = 0;
        for (int i = 1; i < valueAndCount.length; i += 2) {
            total += (int) valueAndCount[i];
        }
        double[] out = new double[total];
        int at = 0;
        for (int i = 0; i < valueAndCount.length; i += 2) {
            for (int k = 0; k < (int) valueAndCount[i + 1]; k++) {
                out[at++] = valueAndCount[i];
            }
        }
        return out;
    }

    @Test
    void oneSegmentIsPaddedOnBothSides() {
        List<TimeRange> found = segments(VadSettings.DEFAULTS, run(0, 10, 0.9, 20, 0, 10));
        assertThat(found).containsExactly(new TimeRange((5120 - 480) / 16000.0, (15360 + 480) / 16000.0));
    }

    @Test
    void burstsNotLongerThanTheMinimumSpeechAreDropped() {
        assertThat(segments(VadSettings.DEFAULTS, run(0, 10, 0.9, 7, 0, 10))).isEmpty();
        assertThat(segments(VadSettings.DEFAULTS, run(0, 10, 0.9, 8, 0, 10))).hasSize(1);
    }

    @Test
    void dipsShorterThanTheMinimumSilenceAndHysteresisKeepOneSegment() {
        assertThat(segments(VadSettings.DEFAULTS, run(0, 5, 0.9, 10, 0.1, 3, 0.9, 10, 0, 10))).hasSize(1);
        assertThat(segments(VadSettings.DEFAULTS, run(0, 5, 0.9, 10, 0.4, 30, 0.9, 10, 0, 10))).hasSize(1);
        assertThat(segments(VadSettings.DEFAULTS, run(0, 5, 0.9, 10, 0.1, 30, 0.9, 10, 0, 10))).hasSize(2);
    }

    @Test
    void closeSegmentsShareTheGapBetweenThem() {
        VadSettings wide = new VadSettings(0.5, 250, 100, 200);
        List<TimeRange> found = segments(wide, run(0, 20, 0.9, 10, 0.1, 5, 0.9, 10, 0, 20));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).end()).isEqualTo(found.get(1).start());
        assertThat(found.get(0).start()).isEqualTo((20 * 512 - 3200) / 16000.0);
    }

    @Test
    void speechRunningToTheEndEndsAtTheEnd() {
        List<TimeRange> found = segments(VadSettings.DEFAULTS, run(0, 10, 0.9, 20));
        assertThat(found).containsExactly(new TimeRange((5120 - 480) / 16000.0, 30 * 512 / 16000.0));
    }

    @Test
    void thresholdOneNeverStartsAndZeroAlwaysDoes() {
        assertThat(segments(new VadSettings(1.0, 250, 100, 30), run(0.99, 40))).isEmpty();
        assertThat(segments(new VadSettings(0.0, 250, 100, 0), run(0.0, 40)))
                .containsExactly(new TimeRange(0, 40 * 512 / 16000.0));
    }
}
