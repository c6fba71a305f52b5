package dev.earshot.engine.artifacts.builtin;

/**
 * What one detector found in one frame.
 *
 * @param measure the detector's own measurement, in the unit its Javadoc states
 * @param score   how strongly the frame shows the artifact, 0 (not at all) to 1; 0.5 and above counts as detected
 */
public record Detection(double measure, double score) {

    /** Nothing measured, nothing found. */
    public static final Detection NONE = new Detection(0, 0);

    public Detection {
        if (!(score >= 0 && score <= 1) || !Double.isFinite(measure)) {
            throw new IllegalArgumentException("a detection needs a finite measure and a score of 0 to 1, got "
                    + measure + " and " + score);
        }
    }
}
