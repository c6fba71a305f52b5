package dev.earshot.engine.artifacts;

import dev.earshot.engine.dsp.Decibels;

/**
 * Follows the runs of silence through a file, fed its mono mix once in order: windows of a fixed length, end to end,
 * are silent when their RMS about their mean is below a level; when a run of silent windows ends, every frame of the
 * grid that overlaps it gets the run's length in milliseconds in one column of its row (the longest run that overlaps
 * it wins). So a frame knows how long the silence it sits in lasts, even where the run reaches far past the frame.
 * Memory is one window. Not thread-safe.
 */
final class SilenceRuns {

    private final double[][] rows;
    private final int column;
    private final FrameGrid grid;
    private final int rate;
    private final int window;
    private final double silenceDb;
    private double sum;
    private double squares;
    private int filled;
    private long position;
    private long runStart = -1;

    SilenceRuns(double[][] rows, int column, FrameGrid grid, int rate, int window, double silenceDb) {
        this.rows = rows;
        this.column = column;
        this.grid = grid;
        this.rate = rate;
        this.window = window;
        this.silenceDb = silenceDb;
    }

    /** Feeds the next samples of the file: {@code samples[from, to)}. */
    void feed(float[] samples, int from, int to) {
        for (int i = from; i < to; i++) {
            sum += samples[i];
            squares += (double) samples[i] * samples[i];
            if (++filled == window) {
                windowDone(window);
            }
        }
    }

    /** Ends the file: a partial last window counts, and a run still open ends here. */
    void finish() {
        if (filled > 0) {
            windowDone(filled);
        }
        closeRun();
    }

    private void windowDone(int length) {
        double mean = sum / length;
        boolean silent = Decibels.fromPower(Math.max(0, squares / length - mean * mean)) < silenceDb;
        if (silent && runStart < 0) {
            runStart = position;
        } else if (!silent) {
            closeRun();
        }
        position += length;
        sum = 0;
        squares = 0;
        filled = 0;
    }

    private void closeRun() {
        if (runStart < 0) {
            return;
        }
        double startMs = runStart * 1000.0 / rate;
        double endMs = position * 1000.0 / rate;
        double lengthMs = endMs - startMs;
        int first = (int) Math.max(0, Math.floor((startMs - grid.chunkMs()) / grid.strideMs()));
        for (int i = first; i < rows.length && grid.startMs(i) < endMs; i++) {
            if (grid.endMs(i) > startMs) {
                rows[i][column] = Math.max(rows[i][column], lengthMs);
            }
        }
        runStart = -1;
    }
}
