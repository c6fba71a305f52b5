package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The container allowlist still lets the common audio containers through, and their durations are believed. */
class ContainerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "matroska, opus, mka, 48000, 2", "webm, opus, webm, 48000, 2", "adts, aac, aac, 44100, 2",
        "aiff, pcm_s16be, aiff, 44100, 2", "caf, pcm_s16le, caf, 44100, 2", "au, pcm_s16be, au, 8000, 1",
        "wv, wavpack, wv, 44100, 2", "amr, libopencore_amrnb, amr, 8000, 1", "w64, pcm_s16le, w64, 22050, 2",
        "mpegts, mp2, ts, 48000, 2", "avi, pcm_s16le, avi, 16000, 1", "asf, wmav2, wma, 44100, 2"})
    void decodes(String container, String encoder, String extension, int rate, int channels) throws Exception {
        FfmpegLibrary.load();
        int codec = avcodec.avcodec_find_encoder_by_name(encoder).id();
        Path file = TestAudio.record(dir.resolve("in." + extension), container, codec, rate, channels, 2.0, Map.of());

        PcmFile pcm = new AudioDecoder().decode(file, file.getFileName().toString(), dir.resolve("out.pcm"),
                DecodeOptions.speech(Duration.ofSeconds(10)));

        assertThat(pcm.durationSeconds()).isCloseTo(2.0, within(0.1));
        assertThat(TestAudio.rms(pcm, 0)).isGreaterThan(0.15);
    }
}
