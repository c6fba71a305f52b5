package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final List<String> TYPES = List.of("click", "hum");

    // 2 s on frames of 500 ms every 250 ms: 7 frames starting at 0, 250, ..., 1500 ms.
    // Reference: the click lies in frames 1 and 2; hum covers frames 4-6 and half of frame 3.
    // Predicted: frame 0 hum, 1 click, 2 none, 3 hum (0.8 beats the click's 0.6), 4 hum, 5 none, 6 hum (0.5 counts).
    private static ConfusionMatrix handMade() {
        return ConfusionMatrix.ofFrames(TYPES, FrameGrid.DEFAULT, 2000,
                List.of(new ArtifactEvent("click", 600, 620, 1), new ArtifactEvent("hum", 1000, 2000, 1)),
                Map.of("click", new double[] {0.1, 0.9, 0.4, 0.6, 0, 0, 0},
                        "hum", new double[] {0.7, 0, 0, 0.8, 0.9, 0.3, 0.5}), 0.5);
    }

    @Test
    void eachFrameCountsOnceByItsReferenceAndPredictedClass() {
        ConfusionMatrix matrix = handMade();

        assertThat(matrix.classes()).containsExactly("click", "hum", "none");
        assertThat(matrix.toMap()).isEqualTo(Map.of("labels", List.of("click", "hum", "none"),
                "matrix", List.of(List.of(1L, 0L, 1L), List.of(0L, 3L, 1L), List.of(0L, 1L, 0L))));
    }

    @Test
    void filesAddUp() {
        ConfusionMatrix twice = handMade().plus(handMade());

        assertThat(twice.count("hum", "hum")).isEqualTo(6);
        assertThat(twice.count("none", "hum")).isEqualTo(2);
        assertThat(ConfusionMatrix.empty(TYPES).plus(handMade()).count("click", "none")).isEqualTo(1);
        assertThatThrownBy(() -> handMade().plus(ConfusionMatrix.empty(List.of("click"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
