package dev.earshot.engine.audio;

/**
 * Sample rate and channel count of working audio.
 *
 * @param sampleRate samples per second per channel, in Hz; 1 to 768,000
 * @param channels   interleaved channels; 1 to 64
 */
public record AudioFormat(int sampleRate, int channels) {

    /** The format speech models read: 16 kHz mono. */
    public static final AudioFormat SPEECH = new AudioFormat(16_000, 1);

    public AudioFormat {
        if (sampleRate < 1 || sampleRate > 768_000) {
            throw new IllegalArgumentException("sample rate must be 1..768000 Hz, got " + sampleRate);
        }
        if (channels < 1 || channels > 64) {
            throw new IllegalArgumentException("channel count must be 1..64, got " + channels);
        }
    }

    /** Bytes one frame (one sample of every channel) takes in a {@link PcmFile}: 4 per channel. */
    public int frameBytes() {
        return channels * Float.BYTES;
    }

    /** Duration of {@code frames} frames, in seconds. */
    public double seconds(long frames) {
        return frames / (double) sampleRate;
    }

    /** Whole frames in {@code seconds} seconds, rounded to the nearest frame; never negative. */
    public long frames(double seconds) {
        return Math.max(0, Math.round(seconds * sampleRate));
    }
}
