package dev.earshot.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes 16-bit PCM WAV in plain Java, streaming. Sizes are known from the {@link PcmFile} up front, so the header
 * is written once and correct. A file whose RIFF size would pass 4 GiB - 1 (the unsigned 32-bit limit of the
 * RIFF size fields) is written as RF64 (EBU Tech 3306) with a {@code ds64} chunk; more than 2 channels use
 * WAVE_FORMAT_EXTENSIBLE.
 */
final class WavEncoder {

    static final long RIFF_LIMIT = 0xFFFF_FFFFL;
    private static final int BLOCK_FRAMES = 8192;
    private static final int BYTES_PER_SAMPLE = 2;
    private static final int DS64_CHUNK_BYTES = 36;
    private static final byte[] PCM_SUBFORMAT = {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
        (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

    private WavEncoder() {
    }

    static void write(PcmFile source, Path target, EncodeProgress progress) {
        int channels = source.format().channels();
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); PcmReader reader = source.openReader()) {
            writeFully(out, header(source.format(), source.frames()));
            float[] block = new float[BLOCK_FRAMES * channels];
            ByteBuffer bytes = ByteBuffer.allocate(block.length * BYTES_PER_SAMPLE).order(ByteOrder.LITTLE_ENDIAN);
            int frames;
            while ((frames = reader.read(block, BLOCK_FRAMES)) > 0) {
                bytes.clear();
                for (int i = 0; i < frames * channels; i++) {
                    bytes.putShort(toPcm16(block[i]));
                }
                writeFully(out, bytes.flip());
                progress.advance(frames);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WAV " + target, e);
        }
    }

    /** The complete header for {@code frames} frames of 16-bit audio in {@code format}, ready to write. */
    static ByteBuffer header(AudioFormat format, long frames) {
        int channels = format.channels();
        boolean extensible = channels > 2;
        int fmtBytes = extensible ? 40 : 16;
        long dataBytes = frames * channels * BYTES_PER_SAMPLE;
        long riffBytes = 4 + 8 + fmtBytes + 8 + dataBytes;
        boolean rf64 = riffBytes > RIFF_LIMIT;
        ByteBuffer header = ByteBuffer.allocate(12 + (rf64 ? DS64_CHUNK_BYTES : 0) + 8 + fmtBytes + 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii(rf64 ? "RF64" : "RIFF")).putInt(rf64 ? -1 : (int) riffBytes).put(ascii("WAVE"));
        if (rf64) {
            header.put(ascii("ds64")).putInt(28).putLong(riffBytes + DS64_CHUNK_BYTES).putLong(dataBytes)
                    .putLong(frames).putInt(0);
        }
        int blockAlign = channels * BYTES_PER_SAMPLE;
        header.put(ascii("fmt ")).putInt(fmtBytes).putShort((short) (extensible ? 0xFFFE : 1))
                .putShort((short) channels).putInt(format.sampleRate()).putInt(format.sampleRate() * blockAlign)
                .putShort((short) blockAlign).putShort((short) 16);
        if (extensible) {
            header.putShort((short) 22).putShort((short) 16).putInt(0).put(PCM_SUBFORMAT);
        }
        header.put(ascii("data")).putInt(rf64 ? -1 : (int) dataBytes);
        return header.flip();
    }

    /** A float sample in [-1, 1] as 16-bit PCM, rounded, clipped; NaN becomes 0. */
    static short toPcm16(float sample) {
        if (Float.isNaN(sample)) {
            return 0;
        }
        long scaled = Math.round(sample * 32768.0);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }
}
