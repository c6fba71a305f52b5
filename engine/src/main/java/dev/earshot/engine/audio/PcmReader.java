package dev.earshot.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Reads a {@link PcmFile} in blocks of interleaved frames. Not thread-safe; one reader per consumer.
 */
public final class PcmReader implements AutoCloseable {

    private final PcmFile file;
    private final FileChannel channel;
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private long position;

    PcmReader(PcmFile file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file.path(), StandardOpenOption.READ);
    }

    /** The file being read. */
    public PcmFile file() {
        return file;
    }

    /** Index of the next frame to be read. */
    public long position() {
        return position;
    }

    /** Moves to frame {@code frame} (0 to {@link PcmFile#frames()}). */
    public void seek(long frame) {
        if (frame < 0 || frame > file.frames()) {
            throw new IllegalArgumentException("frame " + frame + " is outside 0.." + file.frames());
        }
        position = frame;
    }

    /**
     * Reads up to {@code maxFrames} frames into {@code buffer}, interleaved, starting at index 0.
     *
     * @return frames read, or -1 at the end of the file
     */
    public int read(float[] buffer, int maxFrames) {
        int channels = file.format().channels();
        if (maxFrames < 1 || (long) maxFrames * channels > buffer.length) {
            throw new IllegalArgumentException("buffer of " + buffer.length + " samples cannot hold "
                    + maxFrames + " frames of " + channels + " channels");
        }
        long left = file.frames() - position;
        if (left <= 0) {
            return -1;
        }
        int frames = (int) Math.min(maxFrames, left);
        int need = frames * file.format().frameBytes();
        if (bytes.capacity() < need) {
            bytes = ByteBuffer.allocate(need).order(ByteOrder.LITTLE_ENDIAN);
        }
        bytes.clear().limit(need);
        try {
            long at = position * file.format().frameBytes();
            while (bytes.hasRemaining()) {
                int n = channel.read(bytes, at + bytes.position());
                if (n < 0) {
                    throw new IOException("working audio ended early at byte " + (at + bytes.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read working audio " + file.path(), e);
        }
        bytes.flip();
        bytes.asFloatBuffer().get(buffer, 0, frames * channels);
        position += frames;
        return frames;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close working audio " + file.path(), e);
        }
    }
}
