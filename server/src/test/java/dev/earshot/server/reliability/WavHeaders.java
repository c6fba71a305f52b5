package dev.earshot.server.reliability;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * WAV files whose header contradicts itself or the file: sizes larger than the file, negative or huge, rates of
 * 0 Hz or 4 GHz, 0 or 65535 channels, 7 bits per sample, unknown format tags, missing or misplaced chunks. Made
 * from a canonical 44-byte-header PCM WAV.
 */
final class WavHeaders {

    private static final int RIFF_SIZE = 4;
    private static final int FMT_SIZE = 16;
    private static final int FORMAT_TAG = 20;
    private static final int CHANNELS = 22;
    private static final int RATE = 24;
    private static final int BYTE_RATE = 28;
    private static final int BLOCK_ALIGN = 32;
    private static final int BITS = 34;
    private static final int DATA_ID = 36;
    private static final int DATA_SIZE = 40;
    private static final int HEADER = 44;

    private WavHeaders() {
    }

    static List<FuzzCase> inconsistent(byte[] wav) {
        int data = wav.length - HEADER;
        List<FuzzCase> cases = new ArrayList<>();
        cases.add(edit(wav, "data-size-larger-than-file", b -> b.putInt(DATA_SIZE, data + 100_000)));
        cases.add(edit(wav, "data-size-0xffffffff", b -> b.putInt(DATA_SIZE, -1)));
        cases.add(edit(wav, "data-size-0x80000000", b -> b.putInt(DATA_SIZE, Integer.MIN_VALUE)));
        cases.add(edit(wav, "data-size-0", b -> b.putInt(DATA_SIZE, 0)));
        cases.add(edit(wav, "data-size-odd", b -> b.putInt(DATA_SIZE, data - 1)));
        cases.add(edit(wav, "riff-size-0xffffffff", b -> b.putInt(RIFF_SIZE, -1)));
        cases.add(edit(wav, "riff-size-0", b -> b.putInt(RIFF_SIZE, 0)));
        cases.add(edit(wav, "sample-rate-0", b -> b.putInt(RATE, 0)));
        cases.add(edit(wav, "sample-rate-4ghz", b -> b.putInt(RATE, (int) 4_000_000_000L)));
        cases.add(edit(wav, "sample-rate-1", b -> b.putInt(RATE, 1)));
        cases.add(edit(wav, "byte-rate-0", b -> b.putInt(BYTE_RATE, 0)));
        cases.add(edit(wav, "channels-0", b -> b.putShort(CHANNELS, (short) 0)));
        cases.add(edit(wav, "channels-65535", b -> b.putShort(CHANNELS, (short) 65_535)));
        cases.add(edit(wav, "block-align-0", b -> b.putShort(BLOCK_ALIGN, (short) 0)));
        cases.add(edit(wav, "bits-per-sample-7", b -> b.putShort(BITS, (short) 7)));
        cases.add(edit(wav, "bits-per-sample-0", b -> b.putShort(BITS, (short) 0)));
        cases.add(edit(wav, "format-tag-0x1234", b -> b.putShort(FORMAT_TAG, (short) 0x1234)));
        cases.add(edit(wav, "float-format-with-16-bits", b -> b.putShort(FORMAT_TAG, (short) 3)));
        cases.add(edit(wav, "fmt-size-0xffffffff", b -> b.putInt(FMT_SIZE, -1)));
        cases.add(edit(wav, "fmt-size-2", b -> b.putInt(FMT_SIZE, 2)));
        cases.add(edit(wav, "no-data-chunk", b -> b.put(DATA_ID, "junk".getBytes(StandardCharsets.US_ASCII))));
        cases.add(edit(wav, "rifx-big-endian-marker", b -> b.put(0, "RIFX".getBytes(StandardCharsets.US_ASCII))));
        cases.add(new FuzzCase("wav/header-only-declaring-data", "audio.wav", Arrays.copyOf(wav, HEADER)));
        return cases;
    }

    private static FuzzCase edit(byte[] wav, String what, Consumer<ByteBuffer> change) {
        byte[] bytes = wav.clone();
        change.accept(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        return new FuzzCase("wav/" + what, "audio.wav", bytes);
    }
}
