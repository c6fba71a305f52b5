package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.DetectionRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Relay's inference config, every default filled in: a frame counts at {@code threshold} (0 to 1, default 0.5),
 * events of one type closer than {@code merge_window_ms} (0 to 5000, default 200) merge, and events shorter than
 * {@code min_duration_ms} (0 to 1000, default 50) are dropped, as the engine's {@link DetectionRules} apply them.
 */
record InferenceConfig(DetectionRules rules) {

    /** Reads the optional {@code config} of a create request; violations are recorded in {@code body}. */
    static Optional<InferenceConfig> read(BodyFields body) {
        int before = body.errorCount();
        Optional<BodyFields> config = body.fields("config", false);
        if (config.isEmpty()) {
            return before == body.errorCount() ? Optional.of(new InferenceConfig(DetectionRules.DEFAULT))
                    : Optional.empty();
        }
        BodyFields fields = config.get();
        double threshold = fields.number("threshold", false, 0, 1).orElse(DetectionRules.DEFAULT.threshold());
        long merge = fields.integer("merge_window_ms", false, 0L, 5000L)
                .orElse(DetectionRules.DEFAULT.mergeWindowMs());
        long minimum = fields.integer("min_duration_ms", false, 0L, 1000L)
                .orElse(DetectionRules.DEFAULT.minDurationMs());
        if (body.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new InferenceConfig(new DetectionRules(threshold, merge, minimum)));
    }

    /** As Relay shows it, and as it is stored. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("threshold", rules.threshold());
        view.put("merge_window_ms", rules.mergeWindowMs());
        view.put("min_duration_ms", rules.minDurationMs());
        return view;
    }

    /** Reads what {@link #view()} stored. */
    static InferenceConfig of(Map<String, Object> stored) {
        return new InferenceConfig(new DetectionRules(((Number) stored.get("threshold")).doubleValue(),
                ((Number) stored.get("merge_window_ms")).longValue(),
                ((Number) stored.get("min_duration_ms")).longValue()));
    }
}
