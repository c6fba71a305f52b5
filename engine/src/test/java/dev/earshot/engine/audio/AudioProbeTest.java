package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the probe reports, and which durations it marks as untrustworthy. */
class AudioProbeTest {

    @TempDir
    Path dir;

    private final AudioProbe probe = new AudioProbe();

    @ParameterizedTest
    @CsvSource({"WAV, wav, pcm_s16le", "FLAC, flac, flac", "MP3, mp3, mp3", "OGG, ogg, opus",
        "M4A, 'mov,mp4,m4a,3gp,3g2,mj2', aac"})
    void namesContainerAndCodec(OutputFormat format, String container, String codec) {
        PcmFile tone = TestAudio.tones(dir.resolve("t.pcm"), new AudioFormat(24_000, 1), 2.5, 440);
        Path file = dir.resolve("t." + format.extension());
        new AudioEncoder().encode(tone, file, format);

        AudioInfo info = probe.probe(file, "t");

        assertThat(info.container()).isEqualTo(container);
        assertThat(info.codec()).isEqualTo(codec);
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.durationSeconds()).isCloseTo(2.5, within(0.06));
        assertThat(info.durationReliable()).isTrue();
        assertThat(info.hasVideo()).isFalse();
    }

    @Test
    void headerOnlyWavHasNoKnownDuration() {
        Path wav = TestAudio.wav(dir.resolve("h.wav"), 1, 1, 8_000, 16, 0, new byte[0]);

        AudioInfo info = probe.probe(wav, "h.wav");

        assertThat(info.durationSeconds()).isNaN();
        assertThat(info.durationReliable()).isFalse();
    }

    @Test
    void mp3WithoutXingHeaderHasAnEstimatedDurationSoACutCopyStillDecodes() throws Exception {
        Path mp3 = TestAudio.record(dir.resolve("plain.mp3"), "mp3", avcodec.AV_CODEC_ID_MP3, 44_100, 1, 6.0,
                Map.of());
        rewriteWithoutXing(mp3);
        byte[] bytes = Files.readAllBytes(mp3);
        Path cut = Files.write(dir.resolve("cut.mp3"), Arrays.copyOf(bytes, bytes.length / 3));

        AudioInfo info = probe.probe(cut, "cut.mp3");
        PcmFile pcm = new AudioDecoder().decode(cut, "cut.mp3", dir.resolve("cut.pcm"),
                DecodeOptions.original(Duration.ofSeconds(10)));

        assertThat(info.durationEstimated()).isTrue();
        assertThat(pcm.durationSeconds()).isCloseTo(2.0, within(0.2));
    }

    /** Blanks the Xing/Info tag of FFmpeg's first MP3 frame, so the file looks like a plain CBR stream. */
    private static void rewriteWithoutXing(Path mp3) throws Exception {
        byte[] bytes = Files.readAllBytes(mp3);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int tag = Math.max(text.indexOf("Info"), text.indexOf("Xing"));
        assertThat(tag).as("Xing/Info tag").isPositive();
        Arrays.fill(bytes, tag, tag + 4, (byte) 0);
        Files.write(mp3, bytes);
    }
}
