package dev.earshot.engine.artifacts.training;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hits and misses of a detection against a reference. A rate whose denominator is 0 is 0 (scikit-learn's {@code
 * zero_division=0}); the counts tell such a case apart.
 *
 * @param truePositives  predictions matched to a reference, 0 or more
 * @param falsePositives predictions matched to none
 * @param falseNegatives references matched to no prediction
 */
public record MatchCounts(long truePositives, long falsePositives, long falseNegatives) {

    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

    public MatchCounts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("match counts cannot be negative");
        }
    }

    /** True positives over predictions, 0 to 1. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** True positives over references, 0 to 1. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall, 0 to 1. */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** {@code precision, recall, f1, true_positives, false_positives, false_negatives}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("precision", precision());
        map.put("recall", recall());
        map.put("f1", f1());
        map.put("true_positives", truePositives);
        map.put("false_positives", falsePositives);
        map.put("false_negatives", falseNegatives);
        return map;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
