package dev.earshot.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Working audio on local disk: raw 32-bit float little-endian samples, channels interleaved, no header.
 * Samples are nominally in [-1, 1]. The value is immutable; read it in blocks with {@link #openReader()}
 * and make new ones with {@link #create(Path, AudioFormat)}, so that memory does not grow with duration.
 *
 * @param path   the raw sample file
 * @param format sample rate and channel count
 * @param frames number of frames (one sample per channel) in the file; 0 or more
 */
public record PcmFile(Path path, AudioFormat format, long frames) {

    public PcmFile {
        if (frames < 0) {
            throw new IllegalArgumentException("frame count must not be negative, got " + frames);
        }
    }

    /** Length in seconds. */
    public double durationSeconds() {
        return format.seconds(frames);
    }

    /** Opens a block reader positioned at the first frame. The caller closes it. */
    public PcmReader openReader() {
        try {
            return new PcmReader(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open working audio " + path, e);
        }
    }

    /** Starts a new working file at {@code path} (replaced if present). The caller closes the writer. */
    public static PcmWriter create(Path path, AudioFormat format) {
        try {
            return new PcmWriter(path, format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create working audio " + path, e);
        }
    }

    /** Deletes the sample file if it exists. */
    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete working audio " + path, e);
        }
    }
}
