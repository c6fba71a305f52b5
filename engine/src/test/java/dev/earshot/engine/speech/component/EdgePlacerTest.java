package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.speech.transcript.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words "a" 1.0-1.5 s and "b" 1.5-2.0 s touching, a 0.6 s pause, "c" 2.6-3.0 s; 4 s of audio. */
class EdgePlacerTest {

    private final WordBoundaries words = new WordBoundaries(List.of(new Word("a", 1.0, 1.5, 1),
            new Word("b", 1.5, 2.0, 1), new Word("c", 2.6, 3.0, 1)), 0.03, 4.0);

    @Test
    void anEdgeCutsAWordOnlyWhenInsideItByMoreThanTheTolerance() {
        assertThat(words.cutAt(1.2)).isEqualTo(0);
        assertThat(words.cutAt(1.8)).isEqualTo(1);
        assertThat(words.cutAt(1.5)).isEqualTo(-1);
        assertThat(words.cutAt(1.52)).isEqualTo(-1);
        assertThat(words.cutAt(2.3)).isEqualTo(-1);
        assertThat(words.cutAt(0.5)).isEqualTo(-1);
        assertThat(words.cutAt(2.98)).isEqualTo(-1);
        assertThat(new WordBoundaries(List.of(), 0.03, 1).cutAt(0.5)).isEqualTo(-1);
    }

    @Test
    void goesToTheNearestPauseAMarginAwayFromTheWord() {
        EdgePlacer placer = new EdgePlacer(words, 1.0, 0.25);
        assertThat(placer.place(1.8, 0, 10).position()).isCloseTo(2.1, within(1e-9));
        assertThat(placer.place(1.2, 0, 10).position()).isCloseTo(0.9, within(1e-9));
        assertThat(placer.place(2.3, 0, 10)).isEqualTo(new EdgePlacer.Placement(2.3, -1, null));
    }

    @Test
    void staysWithinTheShiftLimitOrFallsBackToAWordBoundary() {
        assertThat(new EdgePlacer(words, 0.25, 0.25).place(1.8, 0, 10).position()).isCloseTo(2.05, within(1e-9));
        assertThat(new EdgePlacer(words, 0.35, 0.25).place(1.2, 0, 10).position()).isCloseTo(0.9, within(1e-9));
        assertThat(new EdgePlacer(words, 0.35, 0.25).place(1.3, 0, 10).position()).as("the pause's near end")
                .isCloseTo(0.95, within(1e-9));
        assertThat(new EdgePlacer(words, 0.35, 0.25).place(1.4, 0, 10).position()).as("no pause within reach")
                .isCloseTo(1.5, within(1e-9));
        EdgePlacer.Placement stuck = new EdgePlacer(words, 0.15, 0.25).place(1.8, 0, 10);
        assertThat(stuck.position()).isEqualTo(1.8);
        assertThat(stuck.cutWord()).isEqualTo(1);
        assertThat(stuck.reason()).contains("max_shift_seconds");
    }

    @Test
    void respectsTheBoundsOfItsNeighbours() {
        EdgePlacer placer = new EdgePlacer(words, 1.0, 0.25);
        assertThat(placer.place(1.8, 0, 1.9).position()).isCloseTo(0.9, within(1e-9));
        EdgePlacer.Placement blocked = placer.place(1.8, 1.7, 1.9);
        assertThat(blocked.position()).isEqualTo(1.8);
        assertThat(blocked.reason()).contains("neighbouring segment");
    }
}
