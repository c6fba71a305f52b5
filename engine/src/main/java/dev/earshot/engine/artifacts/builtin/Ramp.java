package dev.earshot.engine.artifacts.builtin;

/**
 * A linear score between two points: 0 at {@code zeroAt} and below it, 1 at {@code oneAt} and beyond it, a straight
 * line between. When {@code oneAt < zeroAt} the score rises as the value falls.
 */
record Ramp(double zeroAt, double oneAt) {

    Ramp {
        if (zeroAt == oneAt) {
            throw new IllegalArgumentException("a ramp needs two different ends, got " + zeroAt + " twice");
        }
    }

    /** The score of {@code value}, 0 to 1. */
    double score(double value) {
        double t = (value - zeroAt) / (oneAt - zeroAt);
        return t <= 0 ? 0 : Math.min(1, t);
    }
}
