package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiarizationScorerTest {

    private static final List<SpeakerTurn> REFERENCE = List.of(
            new SpeakerTurn("alice", 0, 10), new SpeakerTurn("bob", 10, 20), new SpeakerTurn("alice", 25, 30));

    @Test
    void aPerfectHypothesisUnderOtherNamesScoresZero() {
        List<SpeakerTurn> hypothesis = List.of(
                new SpeakerTurn("S1", 0, 10), new SpeakerTurn("S2", 10, 20), new SpeakerTurn("S1", 25, 30));

        DiarizationError error = DiarizationScorer.score(REFERENCE, hypothesis, 0);

        assertThat(error.rate()).isZero();
        assertThat(error.referenceSeconds()).isEqualTo(25.0);
        assertThat(error.mapping()).isEqualTo(Map.of("alice", "S1", "bob", "S2"));
    }

    @Test
    void missedFalseAlarmAndConfusionAreCountedApart() {
        List<SpeakerTurn> hypothesis = List.of(
                new SpeakerTurn("S1", 0, 8), new SpeakerTurn("S2", 10, 18), new SpeakerTurn("S1", 18, 20),
                new SpeakerTurn("S2", 21, 23), new SpeakerTurn("S1", 25, 30));

        DiarizationError error = DiarizationScorer.score(REFERENCE, hypothesis, 0);

        assertThat(error.missedSeconds()).isCloseTo(2.0, within(1e-9));
        assertThat(error.falseAlarmSeconds()).isCloseTo(2.0, within(1e-9));
        assertThat(error.confusionSeconds()).isCloseTo(2.0, within(1e-9));
        assertThat(error.rate()).isCloseTo(6.0 / 25, within(1e-9));
    }

    @Test
    void theMappingMaximisesSharedTimeRatherThanFollowingNames() {
        List<SpeakerTurn> hypothesis = List.of(new SpeakerTurn("alice", 0, 20), new SpeakerTurn("bob", 25, 30));

        DiarizationError error = DiarizationScorer.score(REFERENCE, hypothesis, 0);

        assertThat(error.mapping()).isEqualTo(Map.of("alice", "bob", "bob", "alice"));
        assertThat(error.confusionSeconds()).isCloseTo(10.0, within(1e-9));
        assertThat(error.rate()).isCloseTo(10.0 / 25, within(1e-9));
    }

    @Test
    void theCollarForgivesBoundaryErrorsUpToAQuarterSecond() {
        List<SpeakerTurn> late = List.of(
                new SpeakerTurn("S1", 0.2, 10.2), new SpeakerTurn("S2", 10.2, 19.8), new SpeakerTurn("S1", 25.1, 30));

        assertThat(DiarizationScorer.score(REFERENCE, late).rate()).isZero();
        assertThat(DiarizationScorer.score(REFERENCE, late, 0).rate()).isGreaterThan(0.02);
        double unscored = 0.25 + 2 * 0.25 + 0.25 + 0.25 + 0.25;
        assertThat(DiarizationScorer.score(REFERENCE, late).referenceSeconds()).isCloseTo(25 - unscored, within(1e-9));
    }

    @Test
    void overlappingReferenceSpeechCountsEachSpeakerAndOneHypothesisSpeakerCoversOnlyOne() {
        List<SpeakerTurn> overlapped = List.of(new SpeakerTurn("alice", 0, 10), new SpeakerTurn("bob", 5, 10));

        DiarizationError error = DiarizationScorer.score(overlapped, List.of(new SpeakerTurn("S1", 0, 10)), 0);

        assertThat(error.referenceSeconds()).isEqualTo(15.0);
        assertThat(error.missedSeconds()).isEqualTo(5.0);
        assertThat(error.confusionSeconds()).isZero();
    }

    @Test
    void moreHypothesisSpeakersThanReferenceSpeakersAreConfusion() {
        List<SpeakerTurn> split = List.of(new SpeakerTurn("S1", 0, 5), new SpeakerTurn("S2", 5, 10),
                new SpeakerTurn("S3", 10, 20), new SpeakerTurn("S1", 25, 30));

        DiarizationError error = DiarizationScorer.score(REFERENCE, split, 0);

        assertThat(error.mapping()).isEqualTo(Map.of("alice", "S1", "bob", "S3"));
        assertThat(error.confusionSeconds()).isEqualTo(5.0);
    }

    @Test
    void emptySidesScoreAsNothingOrEverythingMissed() {
        assertThat(DiarizationScorer.score(List.of(), List.of()).rate()).isZero();
        assertThat(DiarizationScorer.score(REFERENCE, List.of(), 0).rate()).isEqualTo(1.0);
        assertThat(DiarizationScorer.score(List.of(), REFERENCE).rate()).isInfinite();
    }

    @Test
    void aNegativeCollarIsRefused() {
        assertThatThrownBy(() -> DiarizationScorer.score(REFERENCE, REFERENCE, -0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collar");
    }
}
