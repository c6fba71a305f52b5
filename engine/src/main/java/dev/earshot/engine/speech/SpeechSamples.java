package dev.earshot.engine.speech;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;

/**
 * Sequential reader of any working audio as 16 kHz mono, the format speech models read. Channels are averaged
 * and the rate converted in one step by {@link MonoResampler} (FFmpeg's swresample); audio already in
 * {@link AudioFormat#SPEECH} is passed through unchanged. Output sample {@code n} sits at input time
 * {@code n / 16000} s, with no delay, and a file yields exactly {@link #lengthOf(PcmFile)} samples. Works block by
 * block, so memory does not grow with duration. Not thread-safe: one instance per consumer; close it when done.
 */
public final class SpeechSamples implements AutoCloseable {

    /** Speech sample rate, in Hz. */
    public static final int RATE = AudioFormat.SPEECH.sampleRate();

    private static final int BLOCK_FRAMES = 4096;

    private final PcmReader reader;
    private final float[] frames;
    private final MonoResampler resampler;
    private final long length;
    private int available;
    private int taken;
    private boolean inputEnded;

    private SpeechSamples(PcmFile file) {
        AudioFormat format = file.format();
        this.reader = file.openReader();
        this.frames = new float[BLOCK_FRAMES * format.channels()];
        this.resampler = format.equals(AudioFormat.SPEECH) ? null
                : new MonoResampler(format.sampleRate(), format.channels(), RATE);
        this.length = lengthOf(file);
    }

    /** Opens {@code file} for reading as 16 kHz mono. The caller closes the result. */
    public static SpeechSamples open(PcmFile file) {
        return new SpeechSamples(file);
    }

    /** Number of 16 kHz samples {@code file} turns into: {@code ceil(frames * 16000 / rate)}. */
    public static long lengthOf(PcmFile file) {
        int rate = file.format().sampleRate();
        return rate == RATE ? file.frames() : (file.frames() * RATE + rate - 1) / rate;
    }

    /** Total samples this stream yields. */
    public long length() {
        return length;
    }

    /**
     * Reads up to {@code max} samples into {@code out} from index 0.
     *
     * @return samples read (at least 1), or -1 at the end
     */
    public int read(float[] out, int max) {
        return read(out, 0, max);
    }

    /**
     * Reads up to {@code max} samples into {@code out} from index {@code offset}.
     *
     * @return samples read (at least 1), or -1 at the end
     */
    public int read(float[] out, int offset, int max) {
        if (offset < 0 || max < 1 || offset + max > out.length) {
            throw new IllegalArgumentException("cannot read " + max + " samples at " + offset
                    + " into a buffer of " + out.length);
        }
        if (resampler == null) {
            return readSpeech(out, offset, max);
        }
        while (taken == available) {
            if (inputEnded) {
                return -1;
            }
            int got = reader.read(frames, BLOCK_FRAMES);
            inputEnded = got < 0;
            available = inputEnded ? resampler.finish() : resampler.convert(frames, got);
            taken = 0;
        }
        int n = Math.min(max, available - taken);
        System.arraycopy(resampler.output(), taken, out, offset, n);
        taken += n;
        return n;
    }

    private int readSpeech(float[] out, int offset, int max) {
        int got = reader.read(frames, Math.min(max, BLOCK_FRAMES));
        if (got > 0) {
            System.arraycopy(frames, 0, out, offset, got);
        }
        return got;
    }

    @Override
    public void close() {
        reader.close();
        if (resampler != null) {
            resampler.close();
        }
    }
}
