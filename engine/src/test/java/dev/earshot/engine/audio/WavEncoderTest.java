package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.error.UndecodableAudioException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-Java WAV writer: header fields, RF64, WAVE_FORMAT_EXTENSIBLE and sample conversion. */
class WavEncoderTest {

    @TempDir
    Path dir;

    @Test
    void stereoHeaderHoldsExactSizes() throws Exception {
        PcmFile tone = TestAudio.tones(dir.resolve("t.pcm"), new AudioFormat(44_100, 2), 0.5, 440, 880);
        Path wav = dir.resolve("t.wav");

        new AudioEncoder().encode(tone, wav, OutputFormat.WAV);

        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        long dataBytes = tone.frames() * 4;
        assertThat(file.capacity()).isEqualTo(44 + dataBytes);
        assertThat(ascii(file, 0)).isEqualTo("RIFF");
        assertThat(Integer.toUnsignedLong(file.getInt(4))).isEqualTo(36 + dataBytes);
        assertThat(ascii(file, 8)).isEqualTo("WAVE");
        assertThat(ascii(file, 12)).isEqualTo("fmt ");
        assertThat(file.getShort(20)).isEqualTo((short) 1);
        assertThat(file.getShort(22)).isEqualTo((short) 2);
        assertThat(file.getInt(24)).isEqualTo(44_100);
        assertThat(file.getInt(28)).isEqualTo(44_100 * 4);
        assertThat(file.getShort(32)).isEqualTo((short) 4);
        assertThat(file.getShort(34)).isEqualTo((short) 16);
        assertThat(ascii(file, 36)).isEqualTo("data");
        assertThat(Integer.toUnsignedLong(file.getInt(40))).isEqualTo(dataBytes);
    }

    @Test
    void moreThanTwoChannelsUseWaveFormatExtensible() {
        ByteBuffer header = WavEncoder.header(new AudioFormat(48_000, 6), 1000);

        assertThat(header.remaining()).isEqualTo(68);
        assertThat(header.getInt(16)).isEqualTo(40);
        assertThat(header.getShort(20) & 0xFFFF).isEqualTo(0xFFFE);
        assertThat(header.getShort(38)).isEqualTo((short) 16);
        assertThat(header.getShort(44)).isEqualTo((short) 1);
        assertThat(Integer.toUnsignedLong(header.getInt(64))).isEqualTo(1000L * 6 * 2);
    }

    @Test
    void audioBeyondFourGibibytesIsWrittenAsRf64() {
        long frames = 1_200_000_000L;
        ByteBuffer header = WavEncoder.header(new AudioFormat(48_000, 2), frames);
        long dataBytes = frames * 4;

        assertThat(ascii(header, 0)).isEqualTo("RF64");
        assertThat(header.getInt(4)).isEqualTo(-1);
        assertThat(ascii(header, 12)).isEqualTo("ds64");
        assertThat(header.getLong(20)).isEqualTo(header.remaining() - 8 + dataBytes);
        assertThat(header.getLong(28)).isEqualTo(dataBytes);
        assertThat(header.getLong(36)).isEqualTo(frames);
        assertThat(ascii(header, header.remaining() - 8)).isEqualTo("data");
        assertThat(header.getInt(header.remaining() - 4)).isEqualTo(-1);
    }

    @Test
    void justUnderTheRiffLimitStaysRiff() {
        long frames = (WavEncoder.RIFF_LIMIT - 36) / 4;

        assertThat(ascii(WavEncoder.header(new AudioFormat(48_000, 2), frames), 0)).isEqualTo("RIFF");
        assertThat(ascii(WavEncoder.header(new AudioFormat(48_000, 2), frames + 1), 0)).isEqualTo("RF64");
    }

    @Test
    void ffmpegReadsTheSizesOfAnRf64Header() throws Exception {
        AudioFormat format = new AudioFormat(16_000, 2);
        Path wav = dir.resolve("big.wav");
        Files.write(wav, WavEncoder.header(format, 1_200_000_000L).array());
        Files.write(wav, new byte[16_000 * 4], StandardOpenOption.APPEND);

        AudioInfo info = new AudioProbe().probe(wav, "big.wav");

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.durationSeconds()).isEqualTo(75_000.0);
        assertThatThrownBy(() -> new AudioDecoder().decode(wav, "big.wav", dir.resolve("big.pcm"),
                DecodeOptions.original(Duration.ofSeconds(10))))
                .isExactlyInstanceOf(UndecodableAudioException.class)
                .hasMessageContaining("declares 75000.000 s but only 1.000 s");
    }

    @Test
    void samplesAreRoundedAndClipped() {
        assertThat(WavEncoder.toPcm16(0f)).isEqualTo((short) 0);
        assertThat(WavEncoder.toPcm16(0.5f)).isEqualTo((short) 16_384);
        assertThat(WavEncoder.toPcm16(-1f)).isEqualTo(Short.MIN_VALUE);
        assertThat(WavEncoder.toPcm16(1f)).isEqualTo(Short.MAX_VALUE);
        assertThat(WavEncoder.toPcm16(7.5f)).isEqualTo(Short.MAX_VALUE);
        assertThat(WavEncoder.toPcm16(-3f)).isEqualTo(Short.MIN_VALUE);
        assertThat(WavEncoder.toPcm16(Float.NaN)).isEqualTo((short) 0);
        assertThat(WavEncoder.toPcm16(1.6f / 32768)).isEqualTo((short) 2);
    }

    private static String ascii(ByteBuffer buffer, int offset) {
        byte[] id = new byte[4];
        buffer.get(offset, id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
