package dev.earshot.engine.artifacts.training;

import java.util.List;

/**
 * Shifts and scales each feature to mean 0 and standard deviation 1 over the frames it was fitted on (the training
 * files only). A feature that is constant there keeps scale 1; a value that is not finite becomes 0, the mean.
 *
 * @param means  the fitted mean of each feature
 * @param scales the fitted standard deviation of each feature, above 0
 */
record Standardisation(double[] means, double[] scales) {

    static Standardisation fit(List<double[][]> files, int columns) {
        double[] means = new double[columns];
        long[] count = new long[columns];
        for (double[][] rows : files) {
            for (double[] row : rows) {
                for (int j = 0; j < columns; j++) {
                    if (Double.isFinite(row[j])) {
                        means[j] += row[j];
                        count[j]++;
                    }
                }
            }
        }
        double[] scales = new double[columns];
        for (int j = 0; j < columns; j++) {
            means[j] = count[j] == 0 ? 0 : means[j] / count[j];
        }
        for (double[][] rows : files) {
            for (double[] row : rows) {
                for (int j = 0; j < columns; j++) {
                    if (Double.isFinite(row[j])) {
                        scales[j] += (row[j] - means[j]) * (row[j] - means[j]);
                    }
                }
            }
        }
        for (int j = 0; j < columns; j++) {
            double deviation = count[j] == 0 ? 0 : Math.sqrt(scales[j] / count[j]);
            scales[j] = deviation > 1e-9 * Math.max(1, Math.abs(means[j])) ? deviation : 1;
        }
        return new Standardisation(means, scales);
    }

    double[] apply(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = Double.isFinite(row[j]) ? (row[j] - means[j]) / scales[j] : 0;
        }
        return out;
    }
}
