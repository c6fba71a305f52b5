package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    private static final List<String> TYPES = List.of("click");

    @Test
    void defaultsAreRelays() {
        TrainingConfig config = TrainingConfig.defaults(List.of("glitch", "long_pause"));

        assertThat(config.types()).containsExactly("glitch", "long_pause");
        assertThat(config.epochs()).isEqualTo(20);
        assertThat(config.validationSplit()).isEqualTo(0.2);
        assertThat(config.learningRate()).isEqualTo(0.001);
        assertThat(config.batchSize()).isEqualTo(32);
    }

    @Test
    void theEdgesOfRelaysRangesAreAccepted() {
        assertThat(new TrainingConfig(TYPES, 1, 0.1, 0.0001, 8, 0).epochs()).isEqualTo(1);
        assertThat(new TrainingConfig(TYPES, 100, 0.5, 0.1, 256, 0).batchSize()).isEqualTo(256);
    }

    @Test
    void valuesJustOutsideRelaysRangesAreRefusedByName() {
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 0, 0.2, 0.001, 32, 0)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 101, 0.2, 0.001, 32, 0)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.09, 0.001, 32, 0))
                .hasMessageContaining("validation_split");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.51, 0.001, 32, 0))
                .hasMessageContaining("validation_split");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.2, 0.00009, 32, 0))
                .hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.2, 0.11, 32, 0))
                .hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.2, 0.001, 7, 0)).hasMessageContaining("batch_size");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, 0.2, 0.001, 257, 0))
                .hasMessageContaining("batch_size");
        assertThatThrownBy(() -> new TrainingConfig(TYPES, 20, Double.NaN, 0.001, 32, 0))
                .hasMessageContaining("validation_split");
    }

    @Test
    void typesMustBeGivenNamedAndUnique() {
        assertThatThrownBy(() -> TrainingConfig.defaults(List.of())).hasMessageContaining("artifact_types is empty");
        assertThatThrownBy(() -> TrainingConfig.defaults(List.of("click", " "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> TrainingConfig.defaults(List.of("click", "click"))).hasMessageContaining("repeats");
    }
}
