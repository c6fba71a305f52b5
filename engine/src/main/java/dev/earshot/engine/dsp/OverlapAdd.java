package dev.earshot.engine.dsp;

import java.util.Arrays;

/**
 * Adds overlapping frames ({@code size} samples, {@code hop} apart) and hands out the samples that no later
 * frame can change: {@code hop} of them per frame added.
 */
public final class OverlapAdd {

    private final int size;
    private final int hop;
    private final float[] sum;

    public OverlapAdd(int size, int hop) {
        if (hop < 1 || hop > size) {
            throw new IllegalArgumentException("hop must be 1.." + size + ", got " + hop);
        }
        this.size = size;
        this.hop = hop;
        this.sum = new float[size];
    }

    /** Adds {@code frame} and copies the {@code hop} finished samples into {@code finished}. */
    public void add(float[] frame, float[] finished) {
        for (int n = 0; n < size; n++) {
            sum[n] += frame[n];
        }
        System.arraycopy(sum, 0, finished, 0, hop);
        System.arraycopy(sum, hop, sum, 0, size - hop);
        Arrays.fill(sum, size - hop, size, 0f);
    }
}
