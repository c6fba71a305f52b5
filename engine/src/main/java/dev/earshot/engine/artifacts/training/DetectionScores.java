package dev.earshot.engine.artifacts.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts per type of one way of scoring detections (event-based or segment-based), with their averages: micro
 * pools the counts of every type, macro averages each type's precision, recall and F1 with equal weight.
 *
 * @param types  the types scored, in order
 * @param byType the counts of each of {@code types}
 */
public record DetectionScores(List<String> types, Map<String, MatchCounts> byType) {

    public DetectionScores {
        types = List.copyOf(types);
        byType = Map.copyOf(byType);
        if (!byType.keySet().equals(Set.copyOf(types))) {
            throw new IllegalArgumentException("scores for " + byType.keySet() + " but types " + types);
        }
    }

    public MatchCounts of(String type) {
        return byType.get(type);
    }

    /** The counts of every type added up. */
    public MatchCounts micro() {
        return types.stream().map(byType::get).reduce(MatchCounts.ZERO, MatchCounts::plus);
    }

    /** Mean precision over types. */
    public double macroPrecision() {
        return types.stream().mapToDouble(type -> byType.get(type).precision()).average().orElse(0);
    }

    /** Mean recall over types. */
    public double macroRecall() {
        return types.stream().mapToDouble(type -> byType.get(type).recall()).average().orElse(0);
    }

    /** Mean F1 over types (not the F1 of the mean precision and recall). */
    public double macroF1() {
        return types.stream().mapToDouble(type -> byType.get(type).f1()).average().orElse(0);
    }

    /** {@code per_type: {type: counts}, micro: counts, macro: {precision, recall, f1}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> perType = new LinkedHashMap<>();
        types.forEach(type -> perType.put(type, byType.get(type).toMap()));
        Map<String, Object> macro = new LinkedHashMap<>();
        macro.put("precision", macroPrecision());
        macro.put("recall", macroRecall());
        macro.put("f1", macroF1());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("per_type", perType);
        map.put("micro", micro().toMap());
        map.put("macro", macro);
        return map;
    }
}
