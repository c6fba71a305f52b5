package dev.earshot.engine.audio;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link AudioDecoder} shapes the working audio it writes.
 *
 * @param sampleRate output sample rate in Hz, 1,000 to 768,000, converted by FFmpeg's swresample; 0 keeps the
 *                   input's native rate
 * @param mono       true to mix all channels down to one (the arithmetic mean of the channels, so a full-scale
 *                   signal stays within [-1, 1]); false keeps the native channel count
 * @param timeout    the most time one decode may take, wall clock, from opening the input to the last sample;
 *                   must be positive
 */
public record DecodeOptions(int sampleRate, boolean mono, Duration timeout) {

    public DecodeOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (sampleRate != 0 && (sampleRate < FfmpegInput.MIN_SAMPLE_RATE || sampleRate > FfmpegInput.MAX_SAMPLE_RATE)) {
            throw new IllegalArgumentException("sample rate must be 0 (keep) or " + FfmpegInput.MIN_SAMPLE_RATE
                    + ".." + FfmpegInput.MAX_SAMPLE_RATE + " Hz, got " + sampleRate);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** Native rate and channels. */
    public static DecodeOptions original(Duration timeout) {
        return new DecodeOptions(0, false, timeout);
    }

    /** What speech models read: {@link AudioFormat#SPEECH} (16 kHz mono). */
    public static DecodeOptions speech(Duration timeout) {
        return new DecodeOptions(AudioFormat.SPEECH.sampleRate(), true, timeout);
    }

    /** The working-audio format these options give for an input of format {@code input}. */
    public AudioFormat outputFormat(AudioFormat input) {
        return new AudioFormat(sampleRate == 0 ? input.sampleRate() : sampleRate, mono ? 1 : input.channels());
    }
}
