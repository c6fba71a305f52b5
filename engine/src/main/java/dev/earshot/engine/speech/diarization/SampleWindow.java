package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.speech.SpeechSamples;
import java.util.Arrays;

/**
 * Frames of a forward-only 16 kHz stream at increasing start positions (which may skip ahead), with zeros before
 * the first and after the last sample. Holds one buffer of a few frames whatever the length of the stream. Not
 * thread-safe.
 */
final class SampleWindow {

    private static final int SKIP_BLOCK = 8192;

    private final SpeechSamples samples;
    private final int size;
    private final float[] buffer;
    private long bufferStart;
    private int filled;
    private boolean ended;

    /** @param size frame length in samples */
    SampleWindow(SpeechSamples samples, int size) {
        this.samples = samples;
        this.size = size;
        this.buffer = new float[Math.max(4 * size, SKIP_BLOCK)];
        this.bufferStart = -size;
        this.filled = size;
    }

    /**
     * Copies the {@code size} samples from {@code first} into {@code frame}.
     *
     * @param first sample index, not below the previous call's
     */
    void frame(long first, float[] frame) {
        if (first < bufferStart) {
            throw new IllegalStateException("frames must move forward: " + first + " < " + bufferStart);
        }
        long next = bufferStart + filled;
        if (first >= next) {
            skip(first - next);
            bufferStart = first;
            filled = 0;
        } else if (first > bufferStart) {
            int drop = (int) (first - bufferStart);
            System.arraycopy(buffer, drop, buffer, 0, filled - drop);
            filled -= drop;
            bufferStart = first;
        }
        while (filled < size && !ended) {
            int n = samples.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                ended = true;
            } else {
                filled += n;
            }
        }
        int available = Math.min(filled, size);
        System.arraycopy(buffer, 0, frame, 0, available);
        Arrays.fill(frame, available, size, 0f);
    }

    private void skip(long count) {
        long left = count;
        while (left > 0 && !ended) {
            int n = samples.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                ended = true;
            } else {
                left -= n;
            }
        }
    }
}
