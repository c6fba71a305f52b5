package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On us-male-160-16k.wav (see SegmentCheckTest): known speech 0.5-1.919 s and 2.719-4.819 s; Vosk puts
 * "weather" at about 0.64-0.97 s, "today" at about 1.42-1.96 s and "noon" ending at about 4.84 s.
 */
class SegmentFixerTest {

    private static final double PAUSE_START = 1.9189;
    private static final double PAUSE_END = 2.7189;

    @TempDir
    Path dir;

    private final SegmentFixer component = new SegmentFixer(TestSpeechModels.shared());
    private final SegmentCheck check = new SegmentCheck(TestSpeechModels.shared());
    private PcmFile audio;

    @BeforeEach
    void load() {
        audio = SpeechFixtures.load("us-male-160-16k.wav", dir);
    }

    @Test
    void movesAnEdgeOutOfAWordIntoThePauseAndTheCheckThenPasses() {
        List<List<Double>> given = List.of(List.of(0.3, 1.85), List.of(2.3, 4.9));
        Map<String, Object> metrics = Steps.metrics(component, Map.of("manual_segments", given), dir, audio);
        System.out.println("fix_manual_segments: " + metrics);
        assertThat(metrics).containsOnlyKeys("manual_segments", "changes", "unfixed")
                .containsEntry("unfixed", List.of());
        List<List<Double>> fixed = segments(metrics);
        assertThat(fixed.get(0).get(0)).isEqualTo(0.3);
        assertThat(fixed.get(0).get(1)).isBetween(PAUSE_START, PAUSE_END).isLessThanOrEqualTo(1.85 + 1.0);
        assertThat(fixed.get(1)).isEqualTo(given.get(1));
        assertThat(Steps.objects(metrics, "changes")).satisfiesExactly(
                c -> assertThat(c).containsEntry("index", 0).containsEntry("start_shift_seconds", 0.0)
                        .containsEntry("end_shift_seconds", round(fixed.get(0).get(1) - 1.85)),
                c -> assertThat(c).containsEntry("index", 1).containsEntry("start_shift_seconds", 0.0)
                        .containsEntry("end_shift_seconds", 0.0));
        assertThat(Steps.metrics(check, Map.of("manual_segments", fixed), dir, audio))
                .containsEntry("segments_cutting_words", List.of());
    }

    @Test
    void neverMovesAnEdgeFartherThanTheLimit() {
        List<List<Double>> given = List.of(List.of(0.3, 1.85));
        Map<String, Object> metrics = Steps.metrics(component,
                Map.of("manual_segments", given, "max_shift_seconds", 0.05), dir, audio);
        assertThat(segments(metrics)).isEqualTo(given);
        assertThat(Steps.objects(metrics, "unfixed")).singleElement().satisfies(u -> {
            assertThat(u).containsEntry("index", 0).containsEntry("edge", "end").containsEntry("at", 1.85)
                    .containsEntry("word", "today");
            assertThat((String) u.get("reason")).contains("max_shift_seconds");
        });
    }

    @Test
    void prefersAPauseAndFallsBackToAWordBoundaryWithinTheLimit() {
        List<List<Double>> given = List.of(List.of(0.8, 1.5));
        double start = segments(Steps.metrics(component, Map.of("manual_segments", given), dir, audio)).get(0).get(0);
        assertThat(start).as("into the silence before the first word").isLessThan(0.5)
                .isGreaterThanOrEqualTo(0.8 - 1.0);

        Map<String, Object> near = Steps.metrics(component,
                Map.of("manual_segments", given, "max_shift_seconds", 0.25), dir, audio);
        double boundary = segments(near).get(0).get(0);
        assertThat(Math.abs(boundary - 0.8)).isLessThanOrEqualTo(0.25);
        assertThat(near).containsEntry("unfixed", List.of());
        assertThat(Steps.metrics(check, Map.of("manual_segments", segments(near)), dir, audio))
                .containsEntry("segments_cutting_words", List.of());
    }

    @Test
    void touchingSegmentsStayInOrderWithoutOverlap() {
        Map<String, Object> metrics = Steps.metrics(component,
                Map.of("manual_segments", List.of(List.of(0.3, 1.85), List.of(1.85, 4.9))), dir, audio);
        List<List<Double>> fixed = segments(metrics);
        assertThat(fixed.get(0).get(1)).isLessThanOrEqualTo(fixed.get(1).get(0)).isLessThanOrEqualTo(1.85);
        assertThat(fixed.get(1).get(0)).isBetween(PAUSE_START, PAUSE_END);
        assertThat(fixed).allSatisfy(s -> assertThat(s.get(0)).isLessThan(s.get(1)));
        assertThat(metrics).containsEntry("unfixed", List.of());
        assertThat(Steps.metrics(check, Map.of("manual_segments", fixed), dir, audio))
                .containsEntry("segments_cutting_words", List.of());
    }

    @Test
    void segmentsMustBeOrderedAndApart() {
        List<Problem> overlapping = Steps.problems(component,
                Map.of("manual_segments", List.of(List.of(0, 2), List.of(1, 3))));
        assertThat(overlapping).singleElement().extracting(Problem::message).asString()
                .contains("time order", "overlap");
        assertThat(Steps.problems(component, Map.of("manual_segments", List.of(List.of(4, 5), List.of(0, 1)))))
                .hasSize(1);
        assertThat(Steps.problems(component, Map.of("manual_segments", List.of(List.of(0, 1)),
                "max_shift_seconds", -1, "shift", 1))).extracting(Problem::field)
                .containsExactly("max_shift_seconds", "shift");
        assertThat(Steps.parse(component, Map.of("manual_segments", List.of(List.of(0, 1), List.of(1, 2)))))
                .extracting(SegmentFixParams::maxShiftSeconds, SegmentFixParams::edgeToleranceMs,
                        SegmentFixParams::minPauseMs).containsExactly(1.0, 30, 250);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Double>> segments(Map<String, Object> metrics) {
        return (List<List<Double>>) metrics.get("manual_segments");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
