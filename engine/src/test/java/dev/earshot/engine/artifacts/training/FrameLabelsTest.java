package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameLabelsTest {

    private static final List<String> TYPES = List.of("hum", "click");

    private static boolean[] positives(long durationMs, ArtifactEvent... events) {
        return FrameLabels.of(TYPES, FrameGrid.DEFAULT, durationMs, List.of(events)).positive()[0];
    }

    @Test
    void aLabelCoveringHalfAFrameMarksItAndOneMillisecondLessDoesNot() {
        // frames of 500 ms every 250 ms: [0,500) [250,750) [500,1000) [750,1250) ...
        assertThat(positives(2000, new ArtifactEvent("hum", 250, 1000, 1)))
                .containsExactly(true, true, true, true, false, false, false);
        assertThat(positives(2000, new ArtifactEvent("hum", 251, 999, 1)))
                .containsExactly(false, true, true, false, false, false, false);
    }

    @Test
    void aShortLabelMarksTheFramesItLiesAtLeastHalfInside() {
        // 20 ms at 740..760: 10 ms in [250,750), 20 ms in [500,1000) and [750,1250)
        assertThat(positives(2000, new ArtifactEvent("hum", 740, 760, 1)))
                .containsExactly(false, true, true, true, false, false, false);
        // 20 ms at 741..761: 9 ms in [250,750) is less than half of it
        assertThat(positives(2000, new ArtifactEvent("hum", 741, 761, 1)))
                .containsExactly(false, false, true, true, false, false, false);
    }

    @Test
    void theLastFrameEndsWithTheFile() {
        // 1100 ms: frames [0,500) [250,750) [500,1000) [750,1100 clipped); 175 ms is half of the clipped 350 ms
        assertThat(positives(1100, new ArtifactEvent("hum", 925, 1100, 1))).containsExactly(false, false, false, true);
    }

    @Test
    void eachFrameSaysWhichTypeCoversMostOfIt() {
        FrameLabels labels = FrameLabels.of(TYPES, FrameGrid.DEFAULT, 1000, List.of(
                new ArtifactEvent("click", 100, 120, 1), new ArtifactEvent("hum", 0, 300, 1),
                new ArtifactEvent("other", 0, 1000, 1)));

        assertThat(labels.dominant(0)).isZero();
        assertThat(labels.dominant(1)).isEqualTo(-1);
        assertThat(labels.positives(1)).isEqualTo(1);
        assertThat(labels.overlap()[0][1]).isEqualTo(50);
    }
}
