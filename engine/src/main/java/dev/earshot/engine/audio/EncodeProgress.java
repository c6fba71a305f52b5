package dev.earshot.engine.audio;

import java.util.function.DoubleConsumer;

/** Tells a listener the fraction of a file's frames encoded so far, at most once per percent, and 1 at the end. */
final class EncodeProgress {

    private static final double STEP = 0.01;

    private final DoubleConsumer listener;
    private final long totalFrames;
    private long done;
    private double told;

    EncodeProgress(DoubleConsumer listener, long totalFrames) {
        this.listener = listener;
        this.totalFrames = totalFrames;
    }

    /** Counts {@code frames} more frames encoded. */
    void advance(int frames) {
        done += frames;
        double fraction = totalFrames <= 0 ? 1 : Math.min(1, done / (double) totalFrames);
        if (fraction - told >= STEP && fraction < 1) {
            told = fraction;
            listener.accept(fraction);
        }
    }

    /** Says the file is complete. */
    void finish() {
        listener.accept(1);
    }
}
