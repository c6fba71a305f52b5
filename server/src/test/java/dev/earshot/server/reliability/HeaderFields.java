package dev.earshot.server.reliability;

import dev.earshot.server.reliability.ValidAudio.Sample;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Absurd declared sizes, rates and channel counts in the headers of the compressed formats: FLAC's STREAMINFO, the
 * Opus and Vorbis identification headers (with the Ogg page checksum made right again, so the demuxer reads the
 * lie rather than dropping the page), the M4A boxes {@code mdhd}, {@code stsz} and {@code mp4a}, and MP3's Xing
 * header and ID3 tag.
 */
final class HeaderFields {

    private HeaderFields() {
    }

    static List<FuzzCase> absurd(List<Sample> samples) {
        Map<String, Sample> byName = samples.stream().collect(Collectors.toMap(Sample::name, Function.identity()));
        List<FuzzCase> cases = new ArrayList<>();
        Sample flac = byName.get("flac");
        cases.add(edit(flac, "streaminfo-rate-0", 0, b -> b.put(18, (byte) 0).put(19, (byte) 0)
                .put(20, (byte) (b.get(20) & 0x0f))));
        cases.add(edit(flac, "streaminfo-rate-1048575", 0, b -> b.put(18, (byte) 0xff).put(19, (byte) 0xff)
                .put(20, (byte) (b.get(20) | 0xf0))));
        cases.add(edit(flac, "streaminfo-8-channels", 0, b -> b.put(20, (byte) (b.get(20) & 0xf1 | 7 << 1))));
        cases.add(edit(flac, "streaminfo-total-samples-huge", 0, b -> b.put(21, (byte) (b.get(21) | 0x0f))
                .putInt(22, -1)));
        cases.add(edit(flac, "streaminfo-block-size-0", 0, b -> b.putInt(8, 0)));
        Sample opus = byName.get("ogg-opus");
        cases.add(ogg(opus, "OpusHead", "channels-0", b -> b.put(9, (byte) 0)));
        cases.add(ogg(opus, "OpusHead", "channels-255", b -> b.put(9, (byte) 255)));
        cases.add(ogg(opus, "OpusHead", "pre-skip-65535", b -> b.putShort(10, (short) -1)));
        Sample vorbis = byName.get("ogg-vorbis");
        cases.add(ogg(vorbis, "\u0001vorbis", "channels-0", b -> b.put(11, (byte) 0)));
        cases.add(ogg(vorbis, "\u0001vorbis", "rate-0", b -> b.putInt(12, 0)));
        cases.add(ogg(vorbis, "\u0001vorbis", "rate-4ghz", b -> b.putInt(12, (int) 4_000_000_000L)));
        Sample m4a = byName.get("m4a");
        cases.add(box(m4a, "mdhd", "timescale-0", (b, at) -> b.putInt(at + timescaleOffset(b, at), 0)));
        cases.add(box(m4a, "mdhd", "duration-huge", (b, at) -> b.putInt(at + timescaleOffset(b, at) + 4, -1)));
        cases.add(box(m4a, "stsz", "sample-count-huge", (b, at) -> b.putInt(at + 12, Integer.MAX_VALUE)));
        cases.add(box(m4a, "mp4a", "channels-65535", (b, at) -> b.putShort(at + 20, (short) -1)));
        cases.add(box(m4a, "mp4a", "rate-0", (b, at) -> b.putInt(at + 28, 0)));
        Sample mp3 = byName.get("mp3");
        cases.add(xing(mp3, "frames-huge", Integer.MAX_VALUE));
        cases.add(xing(mp3, "frames-0", 0));
        cases.add(FuzzCorpus.mutated(mp3, "id3-tag-of-256-mib", id3Claiming256MiB(mp3.bytes())));
        return cases;
    }

    private static FuzzCase edit(Sample sample, String what, int from, Consumer<ByteBuffer> change) {
        byte[] bytes = sample.bytes().clone();
        change.accept(ByteBuffer.wrap(bytes, from, bytes.length - from).slice().order(ByteOrder.BIG_ENDIAN));
        return FuzzCorpus.mutated(sample, what, bytes);
    }

    /** Changes the little-endian fields of the Ogg identification header starting with {@code magic}. */
    private static FuzzCase ogg(Sample sample, String magic, String what, Consumer<ByteBuffer> change) {
        byte[] bytes = sample.bytes().clone();
        int at = require(indexOf(bytes, magic), "the Ogg header " + magic.replace("\u0001", ""));
        change.accept(ByteBuffer.wrap(bytes, at, bytes.length - at).slice().order(ByteOrder.LITTLE_ENDIAN));
        OggPages.fixChecksum(bytes, lastIndexOf(bytes, "OggS", at));
        return FuzzCorpus.mutated(sample, magic.replace("\u0001", "") + "-" + what, bytes);
    }

    /** Changes the big-endian fields of the first MP4 box of {@code type}; {@code at} is the type's offset. */
    private static FuzzCase box(Sample sample, String type, String what, BoxChange change) {
        byte[] bytes = sample.bytes().clone();
        change.apply(ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN), require(indexOf(bytes, type), type));
        return FuzzCorpus.mutated(sample, type + "-" + what, bytes);
    }

    /** Offset of the timescale from the {@code mdhd} type, for box version 0 and 1. */
    private static int timescaleOffset(ByteBuffer bytes, int at) {
        return bytes.get(at + 4) == 1 ? 24 : 16;
    }

    private static FuzzCase xing(Sample mp3, String what, int frames) {
        byte[] bytes = mp3.bytes().clone();
        int xing = indexOf(bytes, "Xing");
        int at = require(xing >= 0 ? xing : indexOf(bytes, "Info"), "a Xing or Info header");
        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).putInt(at + 4, 1).putInt(at + 8, frames);
        return FuzzCorpus.mutated(mp3, "xing-" + what, bytes);
    }

    /** An ID3v2.4 tag whose size field claims 256 MiB, in front of the audio. */
    private static byte[] id3Claiming256MiB(byte[] mp3) {
        ByteBuffer out = ByteBuffer.allocate(10 + mp3.length);
        out.put("ID3".getBytes(StandardCharsets.US_ASCII)).put((byte) 4).put((byte) 0).put((byte) 0);
        out.put(new byte[] {0x7f, 0x7f, 0x7f, 0x7f}).put(mp3);
        return out.array();
    }

    /** Where {@code text} first occurs, or -1. */
    private static int indexOf(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (ByteBuffer.wrap(bytes, i, wanted.length).equals(ByteBuffer.wrap(wanted))) {
                return i;
            }
        }
        return -1;
    }

    private static int require(int index, String what) {
        if (index < 0) {
            throw new IllegalStateException(what + " is not in the sample; did its encoder change?");
        }
        return index;
    }

    private static int lastIndexOf(byte[] bytes, String text, int before) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = before - wanted.length; i >= 0; i--) {
            if (ByteBuffer.wrap(bytes, i, wanted.length).equals(ByteBuffer.wrap(wanted))) {
                return i;
            }
        }
        throw new IllegalStateException("no '" + text + "' before offset " + before);
    }

    private interface BoxChange {
        void apply(ByteBuffer bytes, int typeOffset);
    }
}
