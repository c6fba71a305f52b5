package dev.earshot.engine.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;

/**
 * Reads the duration a RIFF/WAVE file's header declares for its PCM data. FFmpeg shortens a WAV's duration to
 * what the file really holds, so a truncated WAV is only visible by comparing with the header's own claim.
 */
final class RiffHeader {

    private static final int MAX_CHUNKS = 64;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

    private RiffHeader() {
    }

    /**
     * Seconds of audio the header's {@code data} chunk size stands for, or empty when the file is not a PCM
     * WAV, cannot be read, or declares no definite size (0 or 0xFFFFFFFF, which streaming writers leave).
     */
    static OptionalDouble declaredSeconds(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer riff = read(channel, 0, 12);
            if (riff == null || !"RIFF".equals(id(riff, 0)) || !"WAVE".equals(id(riff, 8))) {
                return OptionalDouble.empty();
            }
            return walkChunks(channel);
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble walkChunks(FileChannel channel) throws IOException {
        long position = 12;
        ByteBuffer format = null;
        for (int i = 0; i < MAX_CHUNKS; i++) {
            ByteBuffer header = read(channel, position, 8);
            if (header == null) {
                return OptionalDouble.empty();
            }
            long size = Integer.toUnsignedLong(header.getInt(4));
            String id = id(header, 0);
            if ("fmt ".equals(id) && size >= 16) {
                format = read(channel, position + 8, 16);
            } else if ("data".equals(id)) {
                return seconds(format, size);
            }
            position += 8 + size + (size & 1);
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble seconds(ByteBuffer format, long dataBytes) {
        if (format == null || dataBytes == 0 || dataBytes == UNKNOWN_SIZE) {
            return OptionalDouble.empty();
        }
        int tag = format.getShort(0) & 0xFFFF;
        long rate = Integer.toUnsignedLong(format.getInt(4));
        int blockAlign = format.getShort(12) & 0xFFFF;
        boolean pcm = tag == 1 || tag == 3 || tag == 6 || tag == 7 || tag == 0xFFFE;
        if (!pcm || rate == 0 || blockAlign == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (dataBytes / blockAlign) / rate);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static String id(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
