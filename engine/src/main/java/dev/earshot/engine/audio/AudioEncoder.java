package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Encodes a {@link PcmFile} into a file of an {@link OutputFormat}, reading the working audio in blocks so memory
 * does not grow with duration. WAV is written in plain Java; FLAC, MP3, OGG (Opus) and M4A (AAC) through the
 * bundled FFmpeg. Samples are clipped to [-1, 1]. Lossy formats may be written at another sample rate than the
 * source's (see {@link OutputFormat}); FFmpeg resamples. A failed encode deletes the partial output.
 *
 * <p>Stateless and thread-safe: each call has its own encoder.
 */
public final class AudioEncoder {

    /**
     * Writes {@code source} to {@code target} (replaced if present) in {@code format}.
     *
     * @param source working audio, any length (0 frames gives a valid, empty file)
     * @param target the output file
     * @param format the output format
     * @throws EarshotException if the source has more channels than {@link OutputFormat#maxChannels()} or FFmpeg
     *                          fails to encode
     * @throws java.io.UncheckedIOException if reading the source or writing the target fails
     */
    public void encode(PcmFile source, Path target, OutputFormat format) {
        encode(source, target, format, fraction -> { });
    }

    /**
     * Writes {@code source} to {@code target} as {@link #encode(PcmFile, Path, OutputFormat)} does, telling
     * {@code progress} the fraction of the source encoded so far (0 to 1, at most once per percent, and 1 once the
     * file is complete).
     *
     * @param progress told the fraction done; it may throw to stop the encode, which then deletes the partial file
     */
    public void encode(PcmFile source, Path target, OutputFormat format, DoubleConsumer progress) {
        int channels = source.format().channels();
        if (channels > format.maxChannels()) {
            throw new EarshotException(format + " holds at most " + format.maxChannels() + " channels; the audio has "
                    + channels);
        }
        try {
            EncodeProgress told = new EncodeProgress(progress, source.frames());
            if (format == OutputFormat.WAV) {
                WavEncoder.write(source, target, told);
            } else {
                FfmpegEncoder.write(source, target, format, told);
            }
            told.finish();
        } catch (RuntimeException e) {
            deletePartial(target, e);
            throw e;
        }
    }

    /** The sample rate, in Hz, a file in {@code format} is written at for a source at {@code sourceRate} Hz. */
    public static int outputSampleRate(OutputFormat format, int sourceRate) {
        return FfmpegEncoder.outputRate(format, sourceRate);
    }

    private static void deletePartial(Path target, RuntimeException failure) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
