package dev.earshot.engine.artifacts;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;

/**
 * Reads a {@link PcmFile} once, front to back, as the frames of a {@link FrameGrid}: each call to {@link #next} moves
 * to the next frame, keeping what it shares with the previous one and reading only the rest. Frame {@code i} starts at
 * sample {@code floor(i * strideMs * rate / 1000)} and holds up to {@code chunkMs} of samples, fewer at the end of the
 * file. Memory is one frame of samples. Not thread-safe.
 */
final class FrameStream implements AutoCloseable {

    private final PcmReader reader;
    private final FrameGrid grid;
    private final int rate;
    private final int channels;
    private final long total;
    private final float[][] samples;
    private final float[] interleaved;
    private long bufferStart;
    private long bufferEnd;
    private int fresh;

    FrameStream(PcmFile file, FrameGrid grid) {
        this.grid = grid;
        this.rate = file.format().sampleRate();
        this.channels = file.format().channels();
        this.total = file.frames();
        int chunk = chunkSamples(grid, rate);
        this.samples = new float[channels][chunk];
        this.interleaved = new float[chunk * channels];
        this.reader = file.openReader();
    }

    /** Samples in a whole frame of {@code grid} at {@code rate} Hz, 1 or more. */
    static int chunkSamples(FrameGrid grid, int rate) {
        return (int) Math.max(1, Math.round(grid.chunkMs() * (double) rate / 1000));
    }

    /** Moves to frame {@code index} (the next one) and returns its length in samples per channel. */
    int next(int index) {
        long start = (long) Math.floor(grid.startMs(index) * (double) rate / 1000);
        long end = Math.min(total, start + samples[0].length);
        int keep = (int) Math.max(0, bufferEnd - start);
        if (keep > 0) {
            int shift = (int) (start - bufferStart);
            for (float[] channel : samples) {
                System.arraycopy(channel, shift, channel, 0, keep);
            }
        } else {
            reader.seek(start);
        }
        fill(keep, (int) (end - start - keep));
        bufferStart = start;
        bufferEnd = end;
        fresh = keep;
        return (int) (end - start);
    }

    private void fill(int at, int count) {
        int done = 0;
        while (done < count) {
            int n = reader.read(interleaved, count - done);
            if (n <= 0) {
                throw new IllegalStateException("working audio ended early at frame " + reader.position());
            }
            for (int i = 0, s = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    samples[c][at + done + i] = interleaved[s++];
                }
            }
            done += n;
        }
    }

    /** The current frame's samples per channel; read only, valid until the next call. */
    float[][] samples() {
        return samples;
    }

    /** Index in the current frame of its first sample that no earlier frame held. */
    int freshFrom() {
        return fresh;
    }

    @Override
    public void close() {
        reader.close();
    }
}
