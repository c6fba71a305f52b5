package dev.earshot.engine.dsp;

import java.util.Arrays;

/**
 * Cuts a {@link MonoSource} into overlapping frames of {@code size} samples, {@code hop} apart. Past the
 * end of the source, frames are filled with zeros.
 */
public final class Framer {

    private final MonoSource source;
    private final int size;
    private final int hop;
    private final float[] buffer;
    private boolean started;

    /**
     * @param leadingPad when true the first frame holds {@code size - hop} zeros and then the first
     *                   {@code hop} samples, so that every input sample is covered by {@code size / hop}
     *                   frames (what {@link OverlapAdd} needs); when false the first frame is the first
     *                   {@code size} samples
     */
    public Framer(MonoSource source, int size, int hop, boolean leadingPad) {
        if (hop < 1 || hop > size) {
            throw new IllegalArgumentException("hop must be 1.." + size + ", got " + hop);
        }
        this.source = source;
        this.size = size;
        this.hop = hop;
        this.buffer = new float[size];
        this.started = leadingPad;
    }

    /** Writes the next frame into {@code frame} ({@code size} samples). */
    public void next(float[] frame) {
        if (started) {
            System.arraycopy(buffer, hop, buffer, 0, size - hop);
            fill(size - hop, hop);
        } else {
            fill(0, size);
            started = true;
        }
        System.arraycopy(buffer, 0, frame, 0, size);
    }

    private void fill(int from, int count) {
        int read = source.read(buffer, from, count);
        Arrays.fill(buffer, from + read, from + count, 0f);
    }
}
