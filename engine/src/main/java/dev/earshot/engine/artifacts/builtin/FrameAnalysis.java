package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.audio.AudioFormat;
/**
 * One frame of audio as the detectors see it: its samples per channel and as a mono mix (the mean of the channels), its
 * {@link ShortWindows}, a fine power spectrum of each half of the frame (Hann window, zero-padded to bins of at most 3
 * Hz: 2.7 Hz for 250 ms at 44.1 kHz) and the {@link FileLevels} of the file it belongs to. One instance serves every
 * frame of one file in turn ({@link #analyze}); what it returns is valid until the next call and must not be written
 * into. Not thread-safe.
 */
public final class FrameAnalysis {

    private final int sampleRate;
    private final float[] mono;
    private final ShortWindows windows;
    private final FineSpectrum[] halves;
    private final boolean[] halvesDone = new boolean[2];
    private final FileLevels file;
    private float[][] channels;
    private int length;

    /**
     * @param format     sample rate and channels of the file
     * @param maxSamples the longest frame, in samples per channel, 1 or more
     * @param file       levels of the whole file
     */
    public FrameAnalysis(AudioFormat format, int maxSamples, FileLevels file) {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("a frame needs at least one sample, got " + maxSamples);
        }
        this.sampleRate = format.sampleRate();
        this.mono = new float[maxSamples];
        this.windows = new ShortWindows(sampleRate, maxSamples);
        this.halves = new FineSpectrum[] {new FineSpectrum(sampleRate, (maxSamples + 1) / 2),
                new FineSpectrum(sampleRate, (maxSamples + 1) / 2)};
        this.file = file;
    }

    /**
     * Analyses the next frame: {@code length} samples of each channel in {@code samples[channel]}, read only and kept
     * (not copied) until the next call.
     */
    public FrameAnalysis analyze(float[][] samples, int length) {
        if (length < 1 || length > mono.length) {
            throw new IllegalArgumentException("frame of " + length + " samples; this analysis takes 1 to "
                    + mono.length);
        }
        this.channels = samples;
        this.length = length;
        mix();
        windows.analyze(mono, length);
        halvesDone[0] = false;
        halvesDone[1] = false;
        return this;
    }

    private void mix() {
        float scale = 1f / channels.length;
        System.arraycopy(channels[0], 0, mono, 0, length);
        for (int c = 1; c < channels.length; c++) {
            float[] channel = channels[c];
            for (int i = 0; i < length; i++) {
                mono[i] += channel[i];
            }
        }
        if (channels.length > 1) {
            for (int i = 0; i < length; i++) {
                mono[i] *= scale;
            }
        }
    }

    /** Sample rate in Hz. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Number of channels. */
    public int channels() {
        return channels.length;
    }

    /** Samples per channel in this frame. */
    public int length() {
        return length;
    }

    /** Samples of channel {@code c}; the first {@link #length()} are this frame's. */
    public float[] channel(int c) {
        return channels[c];
    }

    /** The mono mix; the first {@link #length()} samples are this frame's. */
    public float[] mono() {
        return mono;
    }

    /** The frame's short windows. */
    public ShortWindows windows() {
        return windows;
    }

    /**
     * Power spectrum of the first ({@code half} 0) or second ({@code half} 1) half of the frame, DC to Nyquist, scaled
     * so that a sine of amplitude {@code a} centred on a bin reads {@code a * a} there; empty for a frame of one
     * sample. Computed when first asked for.
     */
    public float[] halfPower(int half) {
        int first = length / 2;
        if (first == 0) {
            return new float[0];
        }
        if (!halvesDone[half]) {
            halves[half].compute(mono, half * first, half == 0 ? first : length - first);
            halvesDone[half] = true;
        }
        return halves[half].power();
    }

    /** Width of one bin of {@link #halfPower} in Hz. */
    public double halfBinHz() {
        return halves[0].binHz();
    }

    /** Levels of the whole file. */
    public FileLevels file() {
        return file;
    }

    /** Milliseconds of {@code samples} samples at this rate. */
    public double millis(int samples) {
        return 1000.0 * samples / sampleRate;
    }
}
