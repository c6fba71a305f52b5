package dev.earshot.engine.speech.diarization;

import java.util.Arrays;

/**
 * The one-to-one assignment of rows to columns of a score matrix with the largest total score, found exactly by
 * dynamic programming over subsets of the smaller side ({@code O(n * m * 2^min(n, m))}).
 */
final class SpeakerMapping {

    private SpeakerMapping() {
    }

    /**
     * @param score {@code score[row][column]}, 0 or more; rows of equal length
     * @return for each row the column assigned to it, or -1
     */
    static int[] best(double[][] score) {
        int rows = score.length;
        int columns = rows == 0 ? 0 : score[0].length;
        if (columns < rows) {
            return invert(best(transpose(score, columns)), rows);
        }
        if (rows > DiarizationScorer.MAX_MAPPED) {
            throw new IllegalArgumentException("cannot map " + rows + " speakers onto " + columns
                    + ": both sides have more than " + DiarizationScorer.MAX_MAPPED);
        }
        int states = 1 << rows;
        double[][] value = new double[columns + 1][states];
        for (double[] row : value) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        value[0][0] = 0;
        for (int c = 0; c < columns; c++) {
            for (int mask = 0; mask < states; mask++) {
                if (value[c][mask] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                value[c + 1][mask] = Math.max(value[c + 1][mask], value[c][mask]);
                for (int r = 0; r < rows; r++) {
                    if ((mask & (1 << r)) == 0) {
                        int next = mask | (1 << r);
                        value[c + 1][next] = Math.max(value[c + 1][next], value[c][mask] + score[r][c]);
                    }
                }
            }
        }
        return trace(score, value, rows, columns);
    }

    private static int[] trace(double[][] score, double[][] value, int rows, int columns) {
        int mask = 0;
        for (int m = 1; m < (1 << rows); m++) {
            if (value[columns][m] > value[columns][mask]) {
                mask = m;
            }
        }
        int[] assigned = new int[rows];
        Arrays.fill(assigned, -1);
        for (int c = columns; c > 0; c--) {
            if (value[c - 1][mask] == value[c][mask]) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                int previous = mask & ~(1 << r);
                if ((mask & (1 << r)) != 0 && value[c - 1][previous] + score[r][c - 1] == value[c][mask]) {
                    assigned[r] = c - 1;
                    mask = previous;
                    break;
                }
            }
        }
        return assigned;
    }

    private static double[][] transpose(double[][] score, int columns) {
        double[][] transposed = new double[columns][score.length];
        for (int r = 0; r < score.length; r++) {
            for (int c = 0; c < columns; c++) {
                transposed[c][r] = score[r][c];
            }
        }
        return transposed;
    }

    private static int[] invert(int[] columnToRow, int rows) {
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        for (int c = 0; c < columnToRow.length; c++) {
            if (columnToRow[c] >= 0) {
                rowToColumn[columnToRow[c]] = c;
            }
        }
        return rowToColumn;
    }
}
