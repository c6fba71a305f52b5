package dev.earshot.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends interleaved float frames to a new {@link PcmFile}. Call {@link #finish()} to get the file value;
 * closing without finishing deletes the partial file, so a failed step leaves nothing behind.
 */
public final class PcmWriter implements AutoCloseable {

    private final Path path;
    private final AudioFormat format;
    private final FileChannel channel;
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private long frames;
    private boolean finished;

    PcmWriter(Path path, AudioFormat format) throws IOException {
        this.path = path;
        this.format = format;
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Format of the file being written. */
    public AudioFormat format() {
        return format;
    }

    /** Frames written so far. */
    public long frames() {
        return frames;
    }

    /** Appends {@code count} interleaved frames from {@code samples}, starting at frame {@code offsetFrames}. */
    public void write(float[] samples, int offsetFrames, int count) {
        int channels = format.channels();
        if (offsetFrames < 0 || count < 0 || (long) (offsetFrames + count) * channels > samples.length) {
            throw new IllegalArgumentException("frames " + offsetFrames + "+" + count
                    + " are outside a buffer of " + samples.length + " samples");
        }
        int need = count * format.frameBytes();
        if (bytes.capacity() < need) {
            bytes = ByteBuffer.allocate(need).order(ByteOrder.LITTLE_ENDIAN);
        }
        bytes.clear().limit(need);
        bytes.asFloatBuffer().put(samples, offsetFrames * channels, count * channels);
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write working audio " + path, e);
        }
        frames += count;
    }

    /** Appends all frames in {@code samples} (its length must be a whole number of frames). */
    public void write(float[] samples) {
        write(samples, 0, samples.length / format.channels());
    }

    /** Closes the file and returns it as a value. */
    public PcmFile finish() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish working audio " + path, e);
        }
        finished = true;
        return new PcmFile(path, format, frames);
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot discard working audio " + path, e);
        }
    }
}
