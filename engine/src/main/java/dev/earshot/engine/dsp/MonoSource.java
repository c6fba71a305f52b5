package dev.earshot.engine.dsp;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;

/**
 * Reads a span of a {@link PcmFile} as one mono stream, each sample the average of the frame's channels.
 * Reads from disk in blocks of {@link Blocks#frames(int)} frames; memory does not depend on the span.
 * Not thread-safe; close it to release the file.
 */
public final class MonoSource implements AutoCloseable {

    private final PcmReader reader;
    private final int channels;
    private final float[] interleaved;
    private final float[] mono;
    private long remaining;
    private int filled;
    private int position;

    /**
     * @param file  the audio to read
     * @param start first frame of the span, 0 to {@code file.frames()}
     * @param count frames in the span; clamped to the end of the file
     */
    public MonoSource(PcmFile file, long start, long count) {
        this.channels = file.format().channels();
        int block = Blocks.frames(channels);
        this.interleaved = new float[block * channels];
        this.mono = new float[block];
        this.reader = file.openReader();
        reader.seek(start);
        this.remaining = Math.max(0, Math.min(count, file.frames() - start));
    }

    /** Reads the whole file. */
    public static MonoSource of(PcmFile file) {
        return new MonoSource(file, 0, file.frames());
    }

    /**
     * Copies up to {@code length} samples into {@code target} from {@code offset}.
     *
     * @return samples copied; fewer than asked only at the end of the span, 0 once it is exhausted
     */
    public int read(float[] target, int offset, int length) {
        int done = 0;
        while (done < length) {
            if (position == filled && !refill()) {
                break;
            }
            int n = Math.min(length - done, filled - position);
            System.arraycopy(mono, position, target, offset + done, n);
            position += n;
            done += n;
        }
        return done;
    }

    private boolean refill() {
        if (remaining == 0) {
            return false;
        }
        int frames = reader.read(interleaved, (int) Math.min(mono.length, remaining));
        if (frames <= 0) {
            remaining = 0;
            return false;
        }
        remaining -= frames;
        downmix(frames);
        filled = frames;
        position = 0;
        return true;
    }

    private void downmix(int frames) {
        if (channels == 1) {
            System.arraycopy(interleaved, 0, mono, 0, frames);
            return;
        }
        float scale = 1f / channels;
        for (int i = 0, s = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[s++];
            }
            mono[i] = sum * scale;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
