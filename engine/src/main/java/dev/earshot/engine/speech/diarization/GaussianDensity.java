package dev.earshot.engine.speech.diarization;

/** Log-density of a full-covariance Gaussian, evaluated frame by frame. One instance per thread. */
final class GaussianDensity {

    private final int dimensions;
    private final double[] mean;
    private final double[] factor;
    private final double constant;
    private final double[] work;

    GaussianDensity(Gaussian gaussian) {
        this.dimensions = gaussian.dimensions();
        this.mean = gaussian.mean();
        this.factor = gaussian.choleskyFactor();
        this.constant = -0.5 * (dimensions * Math.log(2 * Math.PI) + gaussian.logDeterminant());
        this.work = new double[dimensions];
    }

    /** Natural log of the density at frame {@code frame} of {@code features}. */
    double logDensity(SpeechFeatures features, int frame) {
        double squared = 0;
        for (int i = 0; i < dimensions; i++) {
            double value = features.value(frame, i) - mean[i];
            for (int k = 0; k < i; k++) {
                value -= factor[i * dimensions + k] * work[k];
            }
            work[i] = value / factor[i * dimensions + i];
            squared += work[i] * work[i];
        }
        return constant - 0.5 * squared;
    }
}
