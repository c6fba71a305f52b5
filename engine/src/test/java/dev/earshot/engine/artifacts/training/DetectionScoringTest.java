package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionScoringTest {

    /** Frames of 10 ms: references on multiples of 10 ms are their own frame spans. */
    private static final FrameGrid FINE = new FrameGrid(10, 10);

    private static ArtifactEvent event(String type, long startMs, long endMs) {
        return new ArtifactEvent(type, startMs, endMs, 1);
    }

    private static MatchCounts eventCounts(FrameGrid grid, List<ArtifactEvent> reference,
                                           List<ArtifactEvent> predicted) {
        return DetectionScoring.events(List.of("click"), List.of(new ScoredFile(10_000, reference, predicted)), grid,
                200).of("click");
    }

    private static MatchCounts eventCounts(List<ArtifactEvent> reference, List<ArtifactEvent> predicted) {
        return eventCounts(FINE, reference, predicted);
    }

    @Test
    void onsetAndOffsetWithinTheCollarMatchAndOneMillisecondFurtherDoesNot() {
        List<ArtifactEvent> reference = List.of(event("click", 1000, 1100));

        assertThat(eventCounts(reference, List.of(event("click", 1200, 1300)))).isEqualTo(new MatchCounts(1, 0, 0));
        assertThat(eventCounts(reference, List.of(event("click", 800, 901)))).isEqualTo(new MatchCounts(1, 0, 0));
        assertThat(eventCounts(reference, List.of(event("click", 1201, 1300)))).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(eventCounts(reference, List.of(event("click", 1000, 1301)))).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(eventCounts(reference, List.of(event("click", 799, 1100)))).isEqualTo(new MatchCounts(0, 1, 1));
    }

    @Test
    void theOffsetOfALongReferenceMayBeOffByHalfItsLength() {
        List<ArtifactEvent> hum = List.of(event("hum", 10_000, 20_000));

        assertThat(DetectionScoring.events(List.of("hum"), List.of(new ScoredFile(30_000, hum,
                List.of(event("hum", 10_100, 15_000)))), FINE, 200).of("hum")).isEqualTo(new MatchCounts(1, 0, 0));
        assertThat(DetectionScoring.events(List.of("hum"), List.of(new ScoredFile(30_000, hum,
                List.of(event("hum", 10_100, 14_990)))), FINE, 200).of("hum")).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(DetectionScoring.events(List.of("hum"), List.of(new ScoredFile(30_000, hum,
                List.of(event("hum", 10_300, 20_000)))), FINE, 200).of("hum")).isEqualTo(new MatchCounts(0, 1, 1));
    }

    @Test
    void theCollarIsMeasuredFromTheFramesTheReferenceMarks() {
        // on 500/250 ms frames a 10 ms click at 1000 ms marks [750,1250) and [1000,1500)
        List<ArtifactEvent> click = List.of(event("click", 1000, 1010));

        assertThat(eventCounts(FrameGrid.DEFAULT, click, List.of(event("click", 750, 1500))))
                .isEqualTo(new MatchCounts(1, 0, 0));
        assertThat(eventCounts(FrameGrid.DEFAULT, click, List.of(event("click", 600, 1300))))
                .isEqualTo(new MatchCounts(1, 0, 0));
        assertThat(eventCounts(FrameGrid.DEFAULT, click, List.of(event("click", 1000, 1500))))
                .isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(eventCounts(click, List.of(event("click", 750, 1500)))).isEqualTo(new MatchCounts(0, 1, 1));
    }

    @Test
    void aLongDetectionDoesNotMatchAShortReferenceInsideIt() {
        assertThat(eventCounts(List.of(event("click", 5000, 5100)), List.of(event("click", 1000, 9000))))
                .isEqualTo(new MatchCounts(0, 1, 1));
    }

    @Test
    void eachEventMatchesOneOtherAtMost() {
        assertThat(eventCounts(List.of(event("click", 1000, 1100), event("click", 1050, 1150)),
                List.of(event("click", 1000, 1100)))).isEqualTo(new MatchCounts(1, 0, 1));
        assertThat(eventCounts(List.of(event("click", 1000, 1100)),
                List.of(event("click", 1000, 1100), event("click", 1100, 1200)))).isEqualTo(new MatchCounts(1, 1, 0));
    }

    @Test
    void theMatchingIsTheLargestThereIsNotTheFirstFound() {
        // the first prediction could match either reference; only giving it the second lets the other match the first
        List<ArtifactEvent> reference = List.of(event("click", 0, 100), event("click", 400, 500));
        List<ArtifactEvent> predicted = List.of(event("click", 200, 300), event("click", 0, 100));

        assertThat(eventCounts(reference, predicted)).isEqualTo(new MatchCounts(2, 0, 0));
    }

    @Test
    void eventsOfAnotherTypeNeverMatch() {
        DetectionScores scores = DetectionScoring.events(List.of("click", "hum"), List.of(new ScoredFile(5000,
                List.of(event("click", 1000, 1010)), List.of(event("hum", 1000, 1010)))), FINE, 200);

        assertThat(scores.of("click")).isEqualTo(new MatchCounts(0, 0, 1));
        assertThat(scores.of("hum")).isEqualTo(new MatchCounts(0, 1, 0));
    }

    @Test
    void segmentsOfOneSecondAreActiveWhenAnEventOverlapsThem() {
        // 3.5 s: segments [0,1) [1,2) [2,3) [3,3.5) s
        ScoredFile file = new ScoredFile(3500,
                List.of(event("hum", 900, 1100), event("hum", 3000, 3500)),
                List.of(event("hum", 1200, 2000), event("hum", 2999, 3001)));

        // reference: segments 0, 1, 3; predicted: 1 (ends at 2000, exclusive), 2, 3
        assertThat(DetectionScoring.segments(List.of("hum"), List.of(file), 1000).of("hum"))
                .isEqualTo(new MatchCounts(2, 1, 1));
    }

    @Test
    void countsAddUpOverFiles() {
        ScoredFile hit = new ScoredFile(2000, List.of(event("hum", 0, 500)), List.of(event("hum", 100, 600)));
        ScoredFile miss = new ScoredFile(2000, List.of(event("hum", 0, 500)), List.of());

        assertThat(DetectionScoring.events(List.of("hum"), List.of(hit, miss), FINE, 200).of("hum"))
                .isEqualTo(new MatchCounts(1, 0, 1));
        assertThat(DetectionScoring.segments(List.of("hum"), List.of(hit, miss), 1000).of("hum"))
                .isEqualTo(new MatchCounts(1, 0, 1));
    }

    @Test
    void microPoolsTheCountsAndMacroAveragesTheTypes() {
        // click: 3 hits, 1 false alarm; hum: 2 misses
        ScoredFile file = new ScoredFile(60_000,
                List.of(event("click", 1000, 1010), event("click", 5000, 5010), event("click", 9000, 9010),
                        event("hum", 20_000, 22_000), event("hum", 30_000, 32_000)),
                List.of(event("click", 1000, 1010), event("click", 4950, 5050), event("click", 9000, 9200),
                        event("click", 15_000, 15_500)));

        DetectionScores scores = DetectionScoring.events(List.of("click", "hum"), List.of(file), FINE, 200);

        assertThat(scores.of("click")).isEqualTo(new MatchCounts(3, 1, 0));
        assertThat(scores.of("click").precision()).isEqualTo(0.75);
        assertThat(scores.of("click").f1()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(scores.of("hum")).isEqualTo(new MatchCounts(0, 0, 2));
        assertThat(scores.of("hum").precision()).isZero();
        assertThat(scores.micro()).isEqualTo(new MatchCounts(3, 1, 2));
        assertThat(scores.micro().precision()).isEqualTo(0.75);
        assertThat(scores.micro().recall()).isEqualTo(0.6);
        assertThat(scores.micro().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scores.macroPrecision()).isEqualTo(0.375);
        assertThat(scores.macroRecall()).isEqualTo(0.5);
        assertThat(scores.macroF1()).isCloseTo(3.0 / 7, within(1e-12));
    }
}
