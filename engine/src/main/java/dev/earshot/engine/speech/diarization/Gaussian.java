package dev.earshot.engine.speech.diarization;

/**
 * Sufficient statistics (count, sums, sums of products) of a set of feature frames, and the full-covariance
 * Gaussian they define. The covariance gets {@value #RIDGE} added to its diagonal (features are normalised
 * to unit variance, so this is a fixed, small floor) so that it stays invertible for short or flat segments.
 */
final class Gaussian {

    static final double RIDGE = 1e-3;

    private final int dimensions;
    private final double[] sum;
    private final double[] products;
    private double count;
    private double logDeterminant = Double.NaN;

    Gaussian(int dimensions) {
        this.dimensions = dimensions;
        this.sum = new double[dimensions];
        this.products = new double[dimensions * dimensions];
    }

    /** Statistics of the frames {@code from .. to - 1} of {@code features} that are not quiet. */
    static Gaussian of(SpeechFeatures features, int from, int to) {
        Gaussian gaussian = new Gaussian(features.dimensions());
        for (int f = from; f < to; f++) {
            gaussian.add(features, f);
        }
        return gaussian;
    }

    /** Adds frame {@code frame} unless it is quiet. */
    void add(SpeechFeatures features, int frame) {
        if (features.quiet(frame)) {
            return;
        }
        for (int i = 0; i < dimensions; i++) {
            double x = features.value(frame, i);
            sum[i] += x;
            for (int j = 0; j <= i; j++) {
                products[i * dimensions + j] += x * features.value(frame, j);
            }
        }
        count++;
        logDeterminant = Double.NaN;
    }

    /** The statistics of both sets together, as a new object. */
    Gaussian plus(Gaussian other) {
        Gaussian both = new Gaussian(dimensions);
        for (int i = 0; i < sum.length; i++) {
            both.sum[i] = sum[i] + other.sum[i];
        }
        for (int i = 0; i < products.length; i++) {
            both.products[i] = products[i] + other.products[i];
        }
        both.count = count + other.count;
        return both;
    }

    /** Number of frames. */
    double count() {
        return count;
    }

    int dimensions() {
        return dimensions;
    }

    /** Mean vector (zeros when empty). */
    double[] mean() {
        double[] mean = new double[dimensions];
        for (int i = 0; i < dimensions && count > 0; i++) {
            mean[i] = sum[i] / count;
        }
        return mean;
    }

    /** Lower Cholesky factor of the ridged covariance, row-major {@code dimensions x dimensions}. */
    double[] choleskyFactor() {
        double[] mean = mean();
        double[] covariance = new double[dimensions * dimensions];
        for (int i = 0; i < dimensions; i++) {
            for (int j = 0; j <= i; j++) {
                double value = count == 0 ? 0 : products[i * dimensions + j] / count - mean[i] * mean[j];
                covariance[i * dimensions + j] = value + (i == j ? RIDGE : 0);
            }
        }
        return cholesky(covariance, dimensions);
    }

    /** Natural log of the determinant of the ridged covariance. */
    double logDeterminant() {
        if (Double.isNaN(logDeterminant)) {
            double[] factor = choleskyFactor();
            double sumLogs = 0;
            for (int i = 0; i < dimensions; i++) {
                sumLogs += Math.log(factor[i * dimensions + i]);
            }
            logDeterminant = 2 * sumLogs;
        }
        return logDeterminant;
    }

    /**
     * The Bayesian information criterion difference of modelling {@code a} and {@code b} by one Gaussian rather
     * than two: {@code n/2 log|S| - na/2 log|Sa| - nb/2 log|Sb| - lambda P}, with the penalty
     * {@code P = (d + d (d + 1) / 2) / 2 * ln n}. Below 0 means one speaker explains both better.
     */
    static double deltaBic(Gaussian a, Gaussian b, double lambda) {
        return deltaBic(a, b, lambda, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #deltaBic(Gaussian, Gaussian, double)} as if each set held at most {@code cap} frames: a larger set
     * counts with its statistics scaled down to {@code cap} frames (same mean and covariance, less weight), so
     * that the criterion judges how different two distributions are rather than growing with the amount of
     * speech. Two sets of up to {@code cap} frames get the plain ΔBIC.
     */
    static double deltaBic(Gaussian a, Gaussian b, double lambda, double cap) {
        Gaussian left = a.count > cap ? a.scaled(cap / a.count) : a;
        Gaussian right = b.count > cap ? b.scaled(cap / b.count) : b;
        Gaussian both = left.plus(right);
        int d = a.dimensions;
        double n = both.count;
        double penalty = 0.5 * (d + d * (d + 1) / 2.0) * Math.log(Math.max(n, 1));
        return 0.5 * (n * both.logDeterminant() - left.count * left.logDeterminant()
                - right.count * right.logDeterminant()) - lambda * penalty;
    }

    private Gaussian scaled(double factor) {
        Gaussian scaled = new Gaussian(dimensions);
        for (int i = 0; i < sum.length; i++) {
            scaled.sum[i] = sum[i] * factor;
        }
        for (int i = 0; i < products.length; i++) {
            scaled.products[i] = products[i] * factor;
        }
        scaled.count = count * factor;
        return scaled;
    }

    /** Lower-triangular factor {@code L} with {@code L L^T = matrix} (only the lower triangle is read). */
    static double[] cholesky(double[] matrix, int n) {
        double[] factor = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double value = matrix[i * n + j];
                for (int k = 0; k < j; k++) {
                    value -= factor[i * n + k] * factor[j * n + k];
                }
                if (i == j) {
                    factor[i * n + i] = Math.sqrt(Math.max(value, RIDGE * 1e-3));
                } else {
                    factor[i * n + j] = value / factor[j * n + j];
                }
            }
        }
        return factor;
    }
}
