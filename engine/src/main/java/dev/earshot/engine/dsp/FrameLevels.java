package dev.earshot.engine.dsp;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;

/**
 * Levels of consecutive short frames of a {@link PcmFile}: frame {@code i} covers audio frames
 * {@code [i * length, (i + 1) * length)} (the last one may be shorter), and its level is the mean square of
 * all its samples over all channels, in dBFS (a full-scale sine reads about -3 dB). Frames can be visited
 * from the start or from the end, reading the file in blocks.
 */
public final class FrameLevels {

    /** Receives one frame's level; returns false to stop the visit. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(long index, double db);
    }

    private final PcmFile file;
    private final int length;
    private final int channels;
    private final int framesPerBlock;

    /** @param length frame length in audio frames, 1 or more */
    public FrameLevels(PcmFile file, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("frame length must be at least 1, got " + length);
        }
        this.file = file;
        this.length = length;
        this.channels = file.format().channels();
        this.framesPerBlock = Math.max(1, Blocks.frames(channels) / length);
    }

    /** Number of frames: the file's length divided by the frame length, rounded up. */
    public long count() {
        return (file.frames() + length - 1) / length;
    }

    /** Frame length in audio frames. */
    public int length() {
        return length;
    }

    /** Visits frames {@code from}, {@code from + 1}, ... up to the last one or until the visitor stops. */
    public void forward(long from, Visitor visitor, BlockListener listener) {
        double[] levels = new double[framesPerBlock];
        long total = count();
        try (PcmReader reader = file.openReader()) {
            float[] samples = new float[framesPerBlock * length * channels];
            for (long first = from; first < total; first += framesPerBlock) {
                int n = readLevels(reader, first, total, samples, levels);
                for (int i = 0; i < n; i++) {
                    if (!visitor.visit(first + i, levels[i])) {
                        return;
                    }
                }
                listener.blockDone((double) (first + n - from) / Math.max(1, total - from));
            }
        }
    }

    /** Visits frames from the last one back to the first, or until the visitor stops. */
    public void backward(Visitor visitor, BlockListener listener) {
        double[] levels = new double[framesPerBlock];
        long total = count();
        try (PcmReader reader = file.openReader()) {
            float[] samples = new float[framesPerBlock * length * channels];
            for (long end = total; end > 0; end -= framesPerBlock) {
                long first = Math.max(0, end - framesPerBlock);
                int n = readLevels(reader, first, end, samples, levels);
                for (int i = n - 1; i >= 0; i--) {
                    if (!visitor.visit(first + i, levels[i])) {
                        return;
                    }
                }
                listener.blockDone((double) (total - first) / total);
            }
        }
    }

    private int readLevels(PcmReader reader, long first, long endFrame, float[] samples, double[] levels) {
        int count = (int) Math.min(framesPerBlock, endFrame - first);
        long start = first * length;
        int audioFrames = (int) Math.min((long) count * length, file.frames() - start);
        reader.seek(start);
        int read = reader.read(samples, audioFrames);
        if (read != audioFrames) {
            throw new IllegalStateException("short read of working audio at frame " + start);
        }
        for (int i = 0; i < count; i++) {
            int from = i * length * channels;
            int to = Math.min((i + 1) * length, audioFrames) * channels;
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += (double) samples[s] * samples[s];
            }
            levels[i] = Decibels.fromPower(sum / Math.max(1, to - from));
        }
        return count;
    }
}
