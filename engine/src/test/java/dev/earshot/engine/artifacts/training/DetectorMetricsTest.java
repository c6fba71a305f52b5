package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectorMetricsTest {

    private static void collectKeys(Object value, List<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                keys.add((String) key);
                collectKeys(inner, keys);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collectKeys(inner, keys));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapViewHasEveryFigureUnderSnakeCaseKeys() {
        DetectorMetrics metrics = new DetectorTrainer().train(new SyntheticFiles(30_000, 12, 3).learnable(5, 21),
                TrainingConfig.defaults(List.of("click", "hum")), TrainingProgress.none()).metrics();

        Map<String, Object> map = metrics.toMap();

        assertThat(map).containsOnlyKeys("artifact_types", "threshold", "event_based", "segment_based",
                "confusion_matrix", "training", "validation");
        assertThat(map.get("threshold")).isEqualTo(0.5);
        Map<String, Object> events = (Map<String, Object>) map.get("event_based");
        assertThat(events).containsOnlyKeys("collar_ms", "per_type", "micro", "macro");
        assertThat(events.get("collar_ms")).isEqualTo(200L);
        assertThat((Map<String, Object>) events.get("per_type")).containsOnlyKeys("click", "hum");
        assertThat((Map<String, Object>) events.get("macro")).containsOnlyKeys("precision", "recall", "f1");
        assertThat(((Map<String, Object>) map.get("segment_based")).get("segment_ms")).isEqualTo(1000L);
        assertThat((Map<String, Object>) map.get("validation"))
                .containsOnlyKeys("files", "frames", "positive_frames", "file_ids")
                .containsEntry("files", 1);
        List<String> keys = new ArrayList<>();
        collectKeys(map, keys);
        assertThat(keys).filteredOn(key -> !List.of("click", "hum").contains(key) && !key.startsWith("file-"))
                .allMatch(key -> key.matches("[a-z0-9]+(_[a-z0-9]+)*"));
    }
}
