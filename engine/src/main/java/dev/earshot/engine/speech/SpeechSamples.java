package dev.earshot.engine.speech;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;

/**
 * Sequential reader of any working audio as 16 kHz mono, the format speech models read. Channels are
 * averaged, then the rate is converted with {@link SincResampler}; audio already in
 * {@link AudioFormat#SPEECH} is passed through unchanged. Works block by block, so memory does not grow with
 * duration. Not thread-safe: one instance per consumer; close it when done.
 */
public final class SpeechSamples implements AutoCloseable {

    /** Speech sample rate, in Hz. */
    public static final int RATE = AudioFormat.SPEECH.sampleRate();

    private static final int BLOCK_FRAMES = 4096;

    private final PcmReader reader;
    private final int channels;
    private final SincResampler resampler;
    private final float[] frames;
    private final float[] mono;
    private final long length;
    private boolean inputEnded;

    private SpeechSamples(PcmFile file) {
        AudioFormat format = file.format();
        this.reader = file.openReader();
        this.channels = format.channels();
        this.frames = new float[BLOCK_FRAMES * channels];
        this.mono = new float[BLOCK_FRAMES];
        this.resampler = format.sampleRate() == RATE ? null : new SincResampler(format.sampleRate(), RATE);
        this.length = resampler == null ? file.frames() : resampler.outputLength(file.frames());
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
            return readMono(out, offset, max);
        }
        while (true) {
            int produced = resampler.pull(out, offset, max, inputEnded);
            if (produced > 0) {
                return produced;
            }
            if (inputEnded) {
                return -1;
            }
            int got = readMono(mono, 0, mono.length);
            if (got < 0) {
                inputEnded = true;
            } else {
                resampler.push(mono, got);
            }
        }
    }

    private int readMono(float[] out, int offset, int max) {
        int want = Math.min(max, BLOCK_FRAMES);
        int got = reader.read(frames, want);
        if (channels == 1) {
            if (got > 0) {
                System.arraycopy(frames, 0, out, offset, got);
            }
            return got;
        }
        for (int i = 0; i < got; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += frames[i * channels + c];
            }
            out[offset + i] = sum / channels;
        }
        return got;
    }

    @Override
    public void close() {
        reader.close();
    }
}
